import type { Kysely } from 'kysely';

/**
 * CC-FS packages (13.2.1.2 queryBillData, 13.2.1.6 queryAgentOprInfoData) are generated after the
 * reply: the job is kept so that a download can tell "not ready yet" from "not yours" and a
 * restart finishes what it had accepted. Play tokens (13.2.1.8, valid 30 minutes) are kept as
 * hashes, like every other credential.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ccfs_file_job')
    .addColumn('response_id', 'text', (c) => c.primaryKey())
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('params', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('done_at_ms', 'bigint')
    .execute();
  await db.schema.createIndex('ccfs_file_job_name').on('ccfs_file_job').column('file_name').execute();
  await db.schema.createIndex('ccfs_file_job_status').on('ccfs_file_job').column('status').execute();
  // Packages page the recording index by end time (decision 1302).
  await db.schema.createIndex('recording_end').on('recording').columns(['vdn_id', 'end_ms']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('recording_end').execute();
  await db.schema.dropTable('ccfs_file_job').execute();
}
