import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { TenantMallOrderTable, TenantMallTable } from '../schema-mall.ts';
import '../schema-mall.ts';

export type TenantMallRow = Selectable<TenantMallTable>;
export type TenantMallOrderRow = Selectable<TenantMallOrderTable>;

/** The mall's tenant records and subscription orders (§15.1, decision 1504). */
export function createMallRepository(db: Kysely<Database>) {
  return {
    findTenant(vdnId: number): Promise<TenantMallRow | undefined> {
      return db.selectFrom('tenantMall').selectAll().where('vdnId', '=', vdnId).executeTakeFirst();
    },
    /** The tenants whose contact mobile number is `phone` (a phone may hold one trial, §17.3 004). */
    tenantsByPhone(phone: string): Promise<TenantMallRow[]> {
      return db.selectFrom('tenantMall').selectAll().where('mobilePhone', '=', phone).execute();
    },
    async upsertTenant(row: TenantMallRow): Promise<void> {
      const { vdnId, ...rest } = row;
      await db.insertInto('tenantMall').values(row).onConflict((oc) => oc.column('vdnId').doUpdateSet(rest)).execute();
    },
    async upsertOrder(row: TenantMallOrderRow): Promise<void> {
      const { id, ...rest } = row;
      await db.insertInto('tenantMallOrder').values(row).onConflict((oc) => oc.column('id').doUpdateSet(rest)).execute();
    },
    findOrder(id: string): Promise<TenantMallOrderRow | undefined> {
      return db.selectFrom('tenantMallOrder').selectAll().where('id', '=', id).executeTakeFirst();
    },
    /** A page of the VDN's orders created in [fromMs, toMs], oldest first, with the total. */
    async orders(vdnId: number, window: { fromMs?: number; toMs?: number }, page: { offset: number; limit: number }): Promise<{ total: number; rows: TenantMallOrderRow[] }> {
      let query = db.selectFrom('tenantMallOrder').where('vdnId', '=', vdnId);
      if (window.fromMs !== undefined) query = query.where('createTimeMs', '>=', window.fromMs);
      if (window.toMs !== undefined) query = query.where('createTimeMs', '<=', window.toMs);
      const counted = await query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst();
      const rows = await query.selectAll().orderBy('createTimeMs').orderBy('id').offset(page.offset).limit(page.limit).execute();
      return { total: Number(counted?.n ?? 0), rows };
    },
  };
}

export type MallRepository = ReturnType<typeof createMallRepository>;
