import type { Kysely } from 'kysely';

/**
 * recordMode 1 (13.1.1.9, "to add"): a self-recording segment appended to an earlier file keeps
 * its own index row and names the file's first segment, so the one WAV of all segments can be
 * regenerated from the rows (decisions 1301, 1310).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('recording').addColumn('append_of', 'text').execute();
  await db.schema.createIndex('recording_append_of').on('recording').column('append_of').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('recording_append_of').execute();
  await db.schema.alterTable('recording').dropColumn('append_of').execute();
}
