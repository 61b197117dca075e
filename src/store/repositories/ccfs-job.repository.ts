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
    async finish(responseId: string, status: 'ready' | 'failed', atMs: number): Promise<void> {
      await db.updateTable('ccfsFileJob').set({ status, doneAtMs: atMs }).where('responseId', '=', responseId).execute();
    },
    byFileName(fileName: string): Promise<CcfsFileJobRow | undefined> {
      return db.selectFrom('ccfsFileJob').selectAll().where('fileName', '=', fileName).executeTakeFirst();
    },
    pending(): Promise<CcfsFileJobRow[]> {
      return db.selectFrom('ccfsFileJob').selectAll().where('status', '=', 'pending').orderBy('createdAtMs').execute();
    },
  };
}

export type CcfsJobRepository = ReturnType<typeof createCcfsJobRepository>;
