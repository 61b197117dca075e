import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export interface LicencePeakRow {
  vdnId: number;
  field: string;
  value: number;
  atMs: number;
}

export interface UapSampleRow {
  beginMs: number;
  ofcNo: number;
  /** The node that measured it (0 on a single node, decision 1732). */
  nodeId: number;
  counters: string;
}

/** The durable system indicators of §12.3.6 (migration 0310). */
export function createSystemIndicatorRepository(db: Kysely<Database>) {
  return {
    async licencePeaks(vdnId: number): Promise<LicencePeakRow[]> {
      const rows = await db.selectFrom('licencePeak').selectAll().where('vdnId', '=', vdnId).execute();
      return rows.map((r) => ({ ...r, value: Number(r.value), atMs: Number(r.atMs) }));
    },
    /** Stores each peak unless a higher one is stored already. */
    async raiseLicencePeaks(rows: readonly LicencePeakRow[]): Promise<void> {
      for (const row of rows) {
        await db
          .insertInto('licencePeak')
          .values(row)
          .onConflict((oc) => oc.columns(['vdnId', 'field']).doUpdateSet({ value: row.value, atMs: row.atMs }).where(sql.ref('licence_peak.value'), '<', row.value))
          .execute();
      }
    },
    /** Samples a node already stored for a period are kept (a restart within a period measured it twice). */
    async saveUapSamples(rows: readonly UapSampleRow[]): Promise<void> {
      for (let i = 0; i < rows.length; i += 200) {
        await db
          .insertInto('uapSample')
          .values(rows.slice(i, i + 200))
          .onConflict((oc) => oc.columns(['beginMs', 'ofcNo', 'nodeId']).doNothing())
          .execute();
      }
    },
    /** Every node's samples of the periods that began in [fromMs, toMs), oldest first, by office (the terminal sample, −1, first), then node. */
    async uapSamples(fromMs: number, toMs: number): Promise<UapSampleRow[]> {
      const rows = await db.selectFrom('uapSample').selectAll().where('beginMs', '>=', fromMs).where('beginMs', '<', toMs).orderBy('beginMs').orderBy('ofcNo').orderBy('nodeId').execute();
      return rows.map((r) => ({ ...r, beginMs: Number(r.beginMs), nodeId: Number(r.nodeId) }));
    },
  };
}

export type SystemIndicatorRepository = ReturnType<typeof createSystemIndicatorRepository>;
