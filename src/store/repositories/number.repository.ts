import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { AccessCodeTable, CalledRouteTable, Database } from '../schema.ts';
import { containsIgnoreCase } from './contains-filter.ts';

export type AccessCodeRow = Selectable<AccessCodeTable>;
export type CalledRouteRow = Selectable<CalledRouteTable>;

export interface AccessCodeFilter {
  accessCode?: string;
  description?: string;
  mediaTypeId?: number;
  offset: number;
  limit: number;
}

export interface CalledRouteFilter {
  accessCode?: string;
  extCode?: string;
  deviceType?: number;
  deviceDesc?: string;
  mediaTypeId?: number;
  offset: number;
  limit: number;
}

/** Access codes (5.3.1) and called routes (5.3.2–5.3.5). */
export function createNumberRepository(db: Kysely<Database>) {
  const accessCodes = (vdnId: number, f: Omit<AccessCodeFilter, 'offset' | 'limit'>) => {
    let q = db.selectFrom('accessCode').where('vdnId', '=', vdnId);
    if (f.accessCode) q = q.where(containsIgnoreCase('accessCode', f.accessCode));
    if (f.description) q = q.where(containsIgnoreCase('description', f.description));
    if (f.mediaTypeId !== undefined) q = q.where('mediaTypeId', '=', f.mediaTypeId);
    return q;
  };
  const routes = (vdnId: number, f: Omit<CalledRouteFilter, 'offset' | 'limit'>) => {
    let q = db.selectFrom('calledRoute').where('vdnId', '=', vdnId);
    // CEC §5.3.5 (ref L6020–6023): only the device name is a fuzzy filter; the access code and the
    // extension code match exactly (decision 0203).
    if (f.accessCode !== undefined) q = q.where('accessCode', '=', f.accessCode);
    if (f.extCode !== undefined) q = q.where('extCode', '=', f.extCode);
    if (f.deviceType !== undefined) q = q.where('deviceType', '=', f.deviceType);
    if (f.deviceDesc) q = q.where(containsIgnoreCase('deviceDesc', f.deviceDesc));
    if (f.mediaTypeId !== undefined) q = q.where('mediaTypeId', '=', f.mediaTypeId);
    return q;
  };
  return {
    findAccessCode(vdnId: number, accessCode: string): Promise<AccessCodeRow | undefined> {
      return db.selectFrom('accessCode').selectAll().where('vdnId', '=', vdnId).where('accessCode', '=', accessCode).executeTakeFirst();
    },
    /** System-wide: a dialled number belongs to exactly one tenant. */
    findAccessCodeAnyVdn(accessCode: string): Promise<AccessCodeRow | undefined> {
      return db.selectFrom('accessCode').selectAll().where('accessCode', '=', accessCode).executeTakeFirst();
    },
    /** The access code that is the longest prefix of a dialled number, in any tenant. */
    async findAccessCodeForNumber(dialled: string): Promise<AccessCodeRow | undefined> {
      const prefixes = Array.from({ length: Math.min(dialled.length, 32) }, (_, i) => dialled.slice(0, i + 1));
      if (prefixes.length === 0) return undefined;
      const rows = await db.selectFrom('accessCode').selectAll().where('accessCode', 'in', prefixes).execute();
      return rows.sort((a, b) => b.accessCode.length - a.accessCode.length)[0];
    },
    listAccessCodesOfVdn(vdnId: number): Promise<AccessCodeRow[]> {
      return db.selectFrom('accessCode').selectAll().where('vdnId', '=', vdnId).orderBy('accessCode').execute();
    },
    listAllAccessCodes(): Promise<AccessCodeRow[]> {
      return db.selectFrom('accessCode').selectAll().orderBy('accessCode').execute();
    },
    listAccessCodes(vdnId: number, f: AccessCodeFilter): Promise<AccessCodeRow[]> {
      return accessCodes(vdnId, f).selectAll().orderBy('accessCode').offset(f.offset).limit(f.limit).execute();
    },
    async countAccessCodes(vdnId: number, f: Omit<AccessCodeFilter, 'offset' | 'limit'>): Promise<number> {
      const row = await accessCodes(vdnId, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async upsertAccessCode(row: AccessCodeRow): Promise<void> {
      await db
        .insertInto('accessCode')
        .values(row)
        .onConflict((oc) => oc.column('accessCode').doUpdateSet({ mediaTypeId: row.mediaTypeId, n400Number: row.n400Number, description: row.description, numCallAttr: row.numCallAttr }))
        .execute();
    },

    findRoute(vdnId: number, id: string): Promise<CalledRouteRow | undefined> {
      return db.selectFrom('calledRoute').selectAll().where('vdnId', '=', vdnId).where('id', '=', id).executeTakeFirst();
    },
    findRouteByNumber(accessCode: string, extCode: string): Promise<CalledRouteRow | undefined> {
      return db.selectFrom('calledRoute').selectAll().where('accessCode', '=', accessCode).where('extCode', '=', extCode).executeTakeFirst();
    },
    listRoutesByDnid(vdnId: number, dnids: readonly number[]): Promise<CalledRouteRow[]> {
      if (dnids.length === 0) return Promise.resolve([]);
      return db.selectFrom('calledRoute').selectAll().where('vdnId', '=', vdnId).where('dnid', 'in', [...dnids]).orderBy('dnid').execute();
    },
    listRoutesOfVdn(vdnId: number): Promise<CalledRouteRow[]> {
      return db.selectFrom('calledRoute').selectAll().where('vdnId', '=', vdnId).orderBy('dnid').execute();
    },
    listAllRoutes(): Promise<CalledRouteRow[]> {
      return db.selectFrom('calledRoute').selectAll().orderBy('accessCode').execute();
    },
    listRoutes(vdnId: number, f: CalledRouteFilter): Promise<CalledRouteRow[]> {
      return routes(vdnId, f).selectAll().orderBy('dnid').offset(f.offset).limit(f.limit).execute();
    },
    async countRoutes(vdnId: number, f: Omit<CalledRouteFilter, 'offset' | 'limit'>): Promise<number> {
      const row = await routes(vdnId, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async insertRoute(row: Insertable<CalledRouteTable>): Promise<void> {
      await db.insertInto('calledRoute').values(row).execute();
    },
    async updateRoute(vdnId: number, id: string, changes: Updateable<CalledRouteTable>): Promise<void> {
      await db.updateTable('calledRoute').set(changes).where('vdnId', '=', vdnId).where('id', '=', id).execute();
    },
    async deleteRoutes(vdnId: number, ids: readonly string[]): Promise<void> {
      if (ids.length === 0) return;
      await db.deleteFrom('calledRoute').where('vdnId', '=', vdnId).where('id', 'in', [...ids]).execute();
    },
    /** Routes whose target is the given device (to refuse deleting a skill or flow still in use). */
    listRoutesToDevice(vdnId: number, deviceType: number, deviceId: number): Promise<CalledRouteRow[]> {
      return db.selectFrom('calledRoute').selectAll().where('vdnId', '=', vdnId).where('deviceType', '=', deviceType).where('deviceId', '=', deviceId).execute();
    },
  };
}

export type NumberRepository = ReturnType<typeof createNumberRepository>;
