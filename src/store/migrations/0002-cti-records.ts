import type { Kysely } from 'kysely';

/** Call detail records, recording index and agent operations (reference 13.2.2.1–13.2.2.3). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cdr')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('call_id_num', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('agent_id', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('caller_no', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('callee_no', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('wait_begin_ms', 'bigint')
    .addColumn('wait_end_ms', 'bigint')
    .addColumn('ack_begin_ms', 'bigint')
    .addColumn('ack_end_ms', 'bigint')
    .addColumn('call_begin_ms', 'bigint')
    .addColumn('call_end_ms', 'bigint')
    .addColumn('device_type', 'integer', (c) => c.notNull())
    .addColumn('device_no', 'integer', (c) => c.notNull())
    .addColumn('call_type', 'integer', (c) => c.notNull())
    .addColumn('release_cause', 'integer')
    .addColumn('pre_device_type', 'integer')
    .addColumn('pre_device_no', 'integer')
    .addColumn('skill_id', 'integer')
    .addColumn('current_skill_id', 'integer')
    .addColumn('device_in', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('pre_device_in', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('service_no', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('leave_reason', 'integer')
    .addColumn('media_type', 'integer', (c) => c.notNull())
    .addColumn('sub_media_type', 'integer')
    .addColumn('opened_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('closed_at_ms', 'bigint')
    .execute();
  await db.schema.createIndex('cdr_call').on('cdr').columns(['vdn_id', 'call_id']).execute();
  await db.schema.createIndex('cdr_closed').on('cdr').columns(['vdn_id', 'closed_at_ms']).execute();
  await db.schema.createIndex('cdr_status').on('cdr').column('status').execute();

  await db.schema
    .createTable('recording')
    .addColumn('record_id', 'text', (c) => c.primaryKey())
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('task_id', 'text', (c) => c.notNull())
    .addColumn('agent_id', 'text', (c) => c.notNull())
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('caller_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('callee_no', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('begin_ms', 'bigint', (c) => c.notNull())
    .addColumn('end_ms', 'bigint')
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('location_id', 'text', (c) => c.notNull())
    .addColumn('call_type', 'integer', (c) => c.notNull())
    .addColumn('media_type', 'integer', (c) => c.notNull())
    .addColumn('user_wanted_skill_id', 'integer')
    .addColumn('current_skill_id', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('recording_call').on('recording').columns(['vdn_id', 'call_id']).execute();
  await db.schema.createIndex('recording_time').on('recording').columns(['vdn_id', 'begin_ms']).execute();

  await db.schema
    .createTable('agent_operation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('agent_id', 'text', (c) => c.notNull())
    .addColumn('skill_id', 'integer')
    .addColumn('call_id', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('begin_ms', 'bigint', (c) => c.notNull())
    .addColumn('end_ms', 'bigint', (c) => c.notNull())
    .addColumn('op_type', 'integer', (c) => c.notNull())
    .addColumn('op_object', 'text', (c) => c.notNull())
    .addColumn('op_cause', 'integer', (c) => c.notNull())
    .addColumn('media_type', 'integer', (c) => c.notNull())
    .addColumn('agent_type', 'integer', (c) => c.notNull())
    .addColumn('phone_no', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('call_in_out', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('logon_sn', 'text', (c) => c.notNull())
    .addColumn('skill_info_sn', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('agent_operation_agent').on('agent_operation').columns(['vdn_id', 'agent_id', 'begin_ms']).execute();
  await db.schema.createIndex('agent_operation_time').on('agent_operation').columns(['vdn_id', 'end_ms']).execute();
}
