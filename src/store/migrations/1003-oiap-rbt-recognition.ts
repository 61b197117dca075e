import type { Kysely } from 'kysely';

/** §10.16 offline analyses of failed manual outbound calls, one per failed call. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('oiap_rbt_recognition')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('caller_no', 'text', (c) => c.notNull())
    .addColumn('callee_no', 'text', (c) => c.notNull())
    .addColumn('agent_id', 'integer', (c) => c.notNull())
    .addColumn('record_begin_ms', 'bigint', (c) => c.notNull())
    .addColumn('record_end_ms', 'bigint', (c) => c.notNull())
    .addColumn('call_center_id', 'integer', (c) => c.notNull())
    .addColumn('release_cause', 'integer', (c) => c.notNull())
    .addColumn('begin_ms', 'bigint', (c) => c.notNull())
    .addColumn('end_ms', 'bigint')
    .addColumn('result', 'integer')
    .addColumn('asr_trans_result', 'text')
    .addColumn('confirmed_result', 'text')
    .addColumn('confirm_status', 'integer', (c) => c.notNull())
    .addColumn('remark', 'text')
    .addColumn('location_id', 'integer', (c) => c.notNull())
    .addColumn('update_ms', 'bigint')
    .execute();
  await db.schema.createIndex('oiap_rbt_recognition_vdn_begin').on('oiap_rbt_recognition').columns(['vdn_id', 'begin_ms']).execute();
  await db.schema.createIndex('oiap_rbt_recognition_call').on('oiap_rbt_recognition').columns(['vdn_id', 'call_id']).unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('oiap_rbt_recognition').execute();
}
