import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, IvrFlowTable, SatisfactionConfigTable, SatisfactionResultTable } from '../schema.ts';

export type IvrFlowRow = Selectable<IvrFlowTable>;
export type SatisfactionConfigRow = Selectable<SatisfactionConfigTable>;
export type SatisfactionResultRow = Selectable<SatisfactionResultTable>;

/** IVR flows (5.4.1, 5.2.10) and the satisfaction survey's configuration and results (5.4.2, 5.4.3). */
export function createIvrRepository(db: Kysely<Database>) {
  return {
    listFlows(vdnId: number): Promise<IvrFlowRow[]> {
      return db.selectFrom('ivrFlow').selectAll().where('vdnId', '=', vdnId).orderBy('flowId').execute();
    },
    findFlow(vdnId: number, flowId: number): Promise<IvrFlowRow | undefined> {
      return db.selectFrom('ivrFlow').selectAll().where('vdnId', '=', vdnId).where('flowId', '=', flowId).executeTakeFirst();
    },
    async upsertFlow(row: IvrFlowRow): Promise<void> {
      const { vdnId, flowId, ...rest } = row;
      await db.insertInto('ivrFlow').values(row).onConflict((oc) => oc.columns(['vdnId', 'flowId']).doUpdateSet(rest)).execute();
    },
    findSatisfactionConfig(vdnId: number): Promise<SatisfactionConfigRow | undefined> {
      return db.selectFrom('satisfactionConfig').selectAll().where('vdnId', '=', vdnId).executeTakeFirst();
    },
    async upsertSatisfactionConfig(row: SatisfactionConfigRow): Promise<void> {
      const { vdnId, ...rest } = row;
      await db.insertInto('satisfactionConfig').values(row).onConflict((oc) => oc.column('vdnId').doUpdateSet(rest)).execute();
    },
    async insertSatisfactionResult(row: Insertable<SatisfactionResultTable>): Promise<void> {
      await db.insertInto('satisfactionResult').values(row).execute();
    },
    findSatisfactionResult(vdnId: number, callId: string, fromMs: number, toMs: number): Promise<SatisfactionResultRow | undefined> {
      return db
        .selectFrom('satisfactionResult')
        .selectAll()
        .where('vdnId', '=', vdnId)
        .where('callId', '=', callId)
        .where('evaluationTimeMs', '>=', fromMs)
        .where('evaluationTimeMs', '<=', toMs)
        .orderBy('evaluationTimeMs', 'desc')
        .executeTakeFirst();
    },
    /** 5.1.13: forget the customer numbers attached to survey results. */
    async erasePersonalData(vdnId: number, numbers: readonly string[]): Promise<number> {
      if (numbers.length === 0) return 0;
      const result = await db
        .updateTable('satisfactionResult')
        .set({ customerNumber: null })
        .where('vdnId', '=', vdnId)
        .where('customerNumber', 'in', [...numbers])
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}

export type IvrRepository = ReturnType<typeof createIvrRepository>;
