import type { Kysely } from 'kysely';

/**
 * Calls the platform makes on a customer system's request (CEC §6.2): bidirectional calls
 * (taskType 1), voice notifications (3) and the CDRs the ITA pushes (4). One row per call SN holds
 * the state and the times that queryCallState, queryCallDetailRecord and the callbacks report.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('system_call')
    .addColumn('call_serial_no', 'text', (c) => c.primaryKey())
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('task_type', 'text', (c) => c.notNull())
    .addColumn('call_id', 'text')
    .addColumn('caller', 'text', (c) => c.notNull())
    .addColumn('called', 'text', (c) => c.notNull())
    .addColumn('caller_present', 'text', (c) => c.notNull())
    .addColumn('agent_present', 'text', (c) => c.notNull())
    .addColumn('service_no', 'text', (c) => c.notNull())
    .addColumn('call_data', 'text', (c) => c.notNull())
    .addColumn('callback_url', 'text')
    .addColumn('state', 'integer', (c) => c.notNull())
    .addColumn('reason_code', 'integer')
    .addColumn('start_ms', 'bigint', (c) => c.notNull())
    .addColumn('end_ms', 'bigint')
    .addColumn('agent_alerting_ms', 'bigint')
    .addColumn('agent_talking_ms', 'bigint')
    .addColumn('agent_release_ms', 'bigint')
    .addColumn('alerting_ms', 'bigint')
    .addColumn('talking_ms', 'bigint')
    .addColumn('release_ms', 'bigint')
    .addColumn('record_file', 'text')
    .addColumn('detail', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('system_call_start').on('system_call').columns(['vdn_id', 'start_ms']).execute();
  await db.schema.createIndex('system_call_call_id').on('system_call').columns(['vdn_id', 'call_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('system_call').execute();
}
