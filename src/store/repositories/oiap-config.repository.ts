import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../schema.ts';
import type { OiapDomainTable, OiapFlowTable, OiapIntentTable, OiapNavigationTable } from '../schema-oiap.ts';
import { containsIgnoreCase } from './contains-filter.ts';

export type OiapDomainRow = Selectable<OiapDomainTable>;
export type OiapIntentRow = Selectable<OiapIntentTable>;
export type OiapFlowRow = Selectable<OiapFlowTable>;
export type OiapNavigationRow = Selectable<OiapNavigationTable>;

export interface FlowFilter {
  flowId?: string;
  flowCode?: string;
  flowName?: string;
  source?: string;
}

/** Chatbot configuration of a tenant (10.2, 10.3, 10.4, 10.10): domains, intents, flows, bindings. */
export function createOiapConfigRepository(db: Kysely<Database>) {
  return {
    async upsertDomain(row: Insertable<OiapDomainTable>): Promise<void> {
      await db.insertInto('oiapDomain').values(row).onConflict((oc) => oc.columns(['vdnId', 'domainId']).doUpdateSet({ domainName: row.domainName, language: row.language, active: row.active })).execute();
    },
    domains(vdnId: number, language?: string): Promise<OiapDomainRow[]> {
      let q = db.selectFrom('oiapDomain').selectAll().where('vdnId', '=', vdnId);
      if (language) q = q.where('language', '=', language);
      return q.orderBy('domainId').execute();
    },
    async upsertIntent(row: Insertable<OiapIntentTable>): Promise<void> {
      const { vdnId: _v, intentId: _i, ...rest } = row;
      await db.insertInto('oiapIntent').values(row).onConflict((oc) => oc.columns(['vdnId', 'intentId']).doUpdateSet(rest)).execute();
    },
    intents(vdnId: number, filter: { language?: string; domainId?: number; includeDefault?: boolean } = {}): Promise<OiapIntentRow[]> {
      let q = db.selectFrom('oiapIntent').selectAll().where('vdnId', '=', vdnId);
      if (filter.language) q = q.where('language', '=', filter.language);
      if (filter.domainId !== undefined) q = q.where('domainId', '=', filter.domainId);
      if (!filter.includeDefault) q = q.where('isDefault', '=', 0);
      return q.orderBy('intentId').execute();
    },
    async insertFlow(row: Insertable<OiapFlowTable>): Promise<void> {
      await db.insertInto('oiapFlow').values(row).execute();
    },
    async updateFlow(vdnId: number, flowId: string, patch: Updateable<OiapFlowTable>): Promise<void> {
      await db.updateTable('oiapFlow').set(patch).where('vdnId', '=', vdnId).where('flowId', '=', flowId).execute();
    },
    flows(vdnId: number, filter: FlowFilter = {}): Promise<OiapFlowRow[]> {
      let q = db.selectFrom('oiapFlow').selectAll().where('vdnId', '=', vdnId);
      if (filter.flowId) q = q.where('flowId', '=', filter.flowId);
      if (filter.flowCode) q = q.where('flowCode', '=', filter.flowCode);
      if (filter.source) q = q.where('source', '=', filter.source);
      if (filter.flowName) q = q.where(containsIgnoreCase('flowName', filter.flowName));
      return q.orderBy('createdAtMs').orderBy('flowId').execute();
    },
    flowVersions(vdnId: number, flowCode: string): Promise<OiapFlowRow[]> {
      return db.selectFrom('oiapFlow').selectAll().where('vdnId', '=', vdnId).where('flowCode', '=', flowCode).orderBy('createdAtMs').execute();
    },
    async insertNavigation(row: Insertable<OiapNavigationTable>): Promise<void> {
      await db.insertInto('oiapNavigation').values(row).execute();
    },
    async updateNavigation(vdnId: number, accessId: string, patch: Updateable<OiapNavigationTable>): Promise<void> {
      await db.updateTable('oiapNavigation').set(patch).where('vdnId', '=', vdnId).where('accessId', '=', accessId).execute();
    },
    async deleteNavigations(vdnId: number, accessIds: readonly string[], accessCodes: readonly string[]): Promise<number> {
      if (accessIds.length === 0 && accessCodes.length === 0) return 0;
      const result = await db
        .deleteFrom('oiapNavigation')
        .where('vdnId', '=', vdnId)
        .where((eb) => eb.or([...(accessIds.length ? [eb('accessId', 'in', [...accessIds])] : []), ...(accessCodes.length ? [eb('accessCode', 'in', [...accessCodes])] : [])]))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    navigations(vdnId: number, filter: { accessCode?: string; source?: string } = {}): Promise<OiapNavigationRow[]> {
      let q = db.selectFrom('oiapNavigation').selectAll().where('vdnId', '=', vdnId);
      if (filter.accessCode) q = q.where('accessCode', '=', filter.accessCode);
      if (filter.source) q = q.where('source', '=', filter.source);
      return q.orderBy('accessId').execute();
    },
    navigationById(vdnId: number, accessId: string): Promise<OiapNavigationRow | undefined> {
      return db.selectFrom('oiapNavigation').selectAll().where('vdnId', '=', vdnId).where('accessId', '=', accessId).executeTakeFirst();
    },
    navigationByCode(vdnId: number, accessCode: string): Promise<OiapNavigationRow | undefined> {
      return db.selectFrom('oiapNavigation').selectAll().where('vdnId', '=', vdnId).where('accessCode', '=', accessCode).executeTakeFirst();
    },
  };
}

export type OiapConfigRepository = ReturnType<typeof createOiapConfigRepository>;
