import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { CcfsFileJobTable } from '../schema-ccfs.ts';

export type CcfsFileJobRow = Selectable<CcfsFileJobTable>;

/** CC-FS package jobs (13.2.1.2, 13.2.1.6). Lookups by file name are across tenants on purpose: 0300018 needs them. */
export function createCcfsJobRepository(db: Kysely<Database>) {
  return {
    async insert(row: Insertable<CcfsFileJobTable>): Promise<void> {
      await db.insertInto('ccfsFileJob').values(row).execute();
    },
    /** Ends a pending job; false when it had ended already (another run of it finished first). */
    async finish(responseId: string, status: 'ready' | 'failed', atMs: number): Promise<boolean> {
      const result = await db.updateTable('ccfsFileJob').set({ status, doneAtMs: atMs }).where('responseId', '=', responseId).where('status', '=', 'pending').executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    byFileName(fileName: string): Promise<CcfsFileJobRow | undefined> {
      return db.selectFrom('ccfsFileJob').selectAll().where('fileName', '=', fileName).executeTakeFirst();
    },
    pending(vdnId?: number): Promise<CcfsFileJobRow[]> {
      let q = db.selectFrom('ccfsFileJob').selectAll().where('status', '=', 'pending');
      if (vdnId !== undefined) q = q.where('vdnId', '=', vdnId);
      return q.orderBy('createdAtMs').execute();
    },
  };
}

export type CcfsJobRepository = ReturnType<typeof createCcfsJobRepository>;
