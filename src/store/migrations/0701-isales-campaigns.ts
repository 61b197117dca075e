import type { Kysely } from 'kysely';

/**
 * CC-iSales campaigns (reference 7.1, 7.2), their outbound data (7.4), call attempts and results
 * (7.5) and IVR dialogue turns (7.5.3). Portable types only (integers, epoch-ms bigints, text, JSON
 * text), so the same tables serve SQLite and PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('isales_campaign')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('campaign_id', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('device_type', 'integer', (c) => c.notNull())
    .addColumn('status', 'integer', (c) => c.notNull())
    .addColumn('begin_ms', 'bigint', (c) => c.notNull())
    .addColumn('end_ms', 'bigint', (c) => c.notNull())
    .addColumn('max_alerting_time', 'integer', (c) => c.notNull())
    .addColumn('priority', 'integer')
    .addColumn('schedule', 'text', (c) => c.notNull())
    .addColumn('ivr_param', 'text')
    .addColumn('skill_param', 'text')
    .addColumn('callback_url', 'text', (c) => c.notNull())
    .addColumn('ccl_id', 'integer')
    .addColumn('retry_policy', 'text')
    .addColumn('call_policy', 'text')
    .addColumn('archived', 'integer', (c) => c.notNull())
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('updated_at_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('isales_campaign_pk', ['vdn_id', 'campaign_id'])
    .execute();
  await db.schema.createIndex('isales_campaign_status').on('isales_campaign').columns(['status', 'archived']).execute();

  await db.schema
    .createTable('isales_caller_no')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('campaign_id', 'integer', (c) => c.notNull())
    .addColumn('access_code', 'text', (c) => c.notNull())
    .addColumn('priority', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('isales_caller_no_pk', ['vdn_id', 'campaign_id', 'access_code'])
    .execute();

  await db.schema
    .createTable('isales_holiday')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('campaign_id', 'integer', (c) => c.notNull())
    .addColumn('holiday_id', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'integer', (c) => c.notNull())
    .addColumn('week', 'text')
    .addColumn('begin_time', 'text')
    .addColumn('end_time', 'text')
    .addPrimaryKeyConstraint('isales_holiday_pk', ['vdn_id', 'campaign_id', 'holiday_id'])
    .execute();

  await db.schema
    .createTable('isales_call_data')
    .addColumn('data_id', 'text', (c) => c.primaryKey())
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('campaign_id', 'integer', (c) => c.notNull())
    .addColumn('session_id', 'text')
    .addColumn('caller', 'text')
    .addColumn('custom_field', 'text')
    .addColumn('recycle_time', 'text')
    .addColumn('recycle_at_ms', 'bigint')
    .addColumn('call_data', 'text')
    .addColumn('numbers', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('number_index', 'integer', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at_ms', 'bigint')
    .addColumn('dial_history', 'text')
    .addColumn('preferred_work_no', 'text')
    .addColumn('busi_result', 'text')
    .addColumn('sub_status', 'text')
    .addColumn('busi_result_desc', 'text')
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('finished_at_ms', 'bigint')
    .addColumn('archived', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('isales_call_data_due').on('isales_call_data').columns(['vdn_id', 'campaign_id', 'state', 'next_attempt_at_ms']).execute();

  await db.schema
    .createTable('isales_call_attempt')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('campaign_id', 'integer', (c) => c.notNull())
    .addColumn('data_id', 'text', (c) => c.notNull())
    .addColumn('attempt_no', 'integer', (c) => c.notNull())
    .addColumn('call_id', 'text')
    .addColumn('called', 'text', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('call_status', 'integer')
    .addColumn('fail_code', 'text')
    .addColumn('result_code', 'text')
    .addColumn('started_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('ring_at_ms', 'bigint')
    .addColumn('answer_at_ms', 'bigint')
    .addColumn('release_at_ms', 'bigint')
    .addColumn('agent_id', 'text')
    .addColumn('record_path', 'text')
    .addColumn('final', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('isales_call_attempt_pk', ['data_id', 'attempt_no'])
    .execute();
  await db.schema.createIndex('isales_call_attempt_campaign').on('isales_call_attempt').columns(['vdn_id', 'campaign_id', 'started_at_ms']).execute();
  await db.schema.createIndex('isales_call_attempt_call').on('isales_call_attempt').columns(['vdn_id', 'call_id']).execute();

  await db.schema
    .createTable('isales_ivr_dialogue')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('inter_no', 'integer', (c) => c.notNull())
    .addColumn('system_reply', 'text')
    .addColumn('user_saying', 'text')
    .addColumn('intention', 'text')
    .addColumn('system_reply_time', 'text')
    .addColumn('request_time', 'text')
    .addColumn('response_source', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('isales_ivr_dialogue_pk', ['vdn_id', 'call_id', 'inter_no'])
    .execute();

  // CEC §7.6.1 (ref L28114): result pushes are retried at a fixed 10-minute interval, not the
  // outbox's exponential backoff, so a delivery may carry its own retry delay.
  await db.schema.alterTable('callback_delivery').addColumn('retry_delay_ms', 'bigint').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('callback_delivery').dropColumn('retry_delay_ms').execute();
  for (const table of ['isales_ivr_dialogue', 'isales_call_attempt', 'isales_call_data', 'isales_holiday', 'isales_caller_no', 'isales_campaign']) {
    await db.schema.dropTable(table).execute();
  }
}
