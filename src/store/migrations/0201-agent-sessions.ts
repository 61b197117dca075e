import type { Kysely } from 'kysely';

/**
 * The live agent sessions, as durable as the records their state changes write (decision 0508):
 * after a crash, start-up closes each one in the operation journal as a graceful stop would.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('agent_session')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('work_no', 'integer', (c) => c.notNull())
    .addColumn('logon_sn', 'text', (c) => c.notNull())
    .addColumn('login_ms', 'bigint', (c) => c.notNull())
    .addColumn('agent_type', 'integer', (c) => c.notNull())
    .addColumn('phone_no', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('skill_info_sn', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('op_type', 'integer')
    .addColumn('op_cause', 'integer')
    .addColumn('op_object', 'text')
    .addColumn('op_begin_ms', 'bigint')
    .addColumn('op_call_id', 'text')
    .addColumn('op_skill_id', 'integer')
    .addColumn('saved_at_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('agent_session_pk', ['vdn_id', 'work_no'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('agent_session').execute();
}
