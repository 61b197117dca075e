import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { OiapRbtRecognitionTable } from '../schema-oiap.ts';

export type OiapRbtRecognitionRow = Selectable<OiapRbtRecognitionTable>;

/** §10.16 analyses of failed manual outbound calls, per tenant. */
export function createOiapRbtRepository(db: Kysely<Database>) {
  return {
    /** One analysis per call: a call finished twice (replayed batch) keeps its first row. */
    async insert(row: Insertable<OiapRbtRecognitionTable>): Promise<void> {
      await db.insertInto('oiapRbtRecognition').values(row).onConflict((oc) => oc.columns(['vdnId', 'callId']).doNothing()).execute();
    },
    /** One page of the rows input in [fromMs, toMs], oldest first, with the total. */
    async page(vdnId: number, fromMs: number, toMs: number, offset: number, limit: number): Promise<{ rows: OiapRbtRecognitionRow[]; total: number }> {
      const base = db.selectFrom('oiapRbtRecognition').where('vdnId', '=', vdnId).where('beginMs', '>=', fromMs).where('beginMs', '<=', toMs);
      const counted = await base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst();
      const rows = await base.selectAll().orderBy('beginMs').orderBy('id').offset(offset).limit(limit).execute();
      return { rows, total: Number(counted?.n ?? 0) };
    },
  };
}
