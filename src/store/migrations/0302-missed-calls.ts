import type { Kysely } from 'kysely';

/**
 * Missed calls (CEC §12.3.2.2): written by the roll-up with the call's last CDR row, so that the
 * paged list and its total read one indexed table (decision 0813).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('missed_call')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('caller_no', 'text', (c) => c.notNull())
    .addColumn('callee_no', 'text', (c) => c.notNull())
    .addColumn('wait_begin_ms', 'bigint', (c) => c.notNull())
    .addColumn('call_end_ms', 'bigint', (c) => c.notNull())
    .addColumn('media_type', 'integer', (c) => c.notNull())
    .addColumn('sub_media_type', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('missed_call_pk', ['vdn_id', 'call_id'])
    .execute();
  await db.schema.createIndex('missed_call_wait').on('missed_call').columns(['vdn_id', 'wait_begin_ms']).execute();
}
