import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { IsalesOpenapiLogTable } from '../schema-isales-lists.ts';

export type IsalesOpenapiLogRow = Selectable<IsalesOpenapiLogTable>;

export interface OpenapiLogFilter {
  vdnId: number;
  fromMs: number;
  toMs: number;
  url?: string;
}

/** The chapter 7 invocation log (7.10), written in batches and trimmed by age. */
export function createIsalesOpenapiLogRepository(db: Kysely<Database>) {
  const filtered = (f: OpenapiLogFilter) => {
    let q = db.selectFrom('isalesOpenapiLog').where('vdnId', '=', f.vdnId).where('operTimeMs', '>=', f.fromMs).where('operTimeMs', '<=', f.toMs);
    if (f.url) q = q.where('url', '=', f.url);
    return q;
  };
  return {
    async insertMany(rows: Insertable<IsalesOpenapiLogTable>[]): Promise<void> {
      if (rows.length > 0) await db.insertInto('isalesOpenapiLog').values(rows).execute();
    },
    async page(f: OpenapiLogFilter, offset: number, limit: number): Promise<{ rows: IsalesOpenapiLogRow[]; count: number }> {
      const total = await filtered(f).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
      const rows = await filtered(f).selectAll().orderBy('operTimeMs', 'desc').orderBy('id', 'desc').offset(offset).limit(limit).execute();
      return { rows, count: Number(total?.n ?? 0) };
    },
    async deleteBefore(cutoffMs: number): Promise<number> {
      const result = await db.deleteFrom('isalesOpenapiLog').where('operTimeMs', '<', cutoffMs).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type IsalesOpenapiLogRepository = ReturnType<typeof createIsalesOpenapiLogRepository>;
