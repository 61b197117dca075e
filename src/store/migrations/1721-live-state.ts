import type { Kysely } from 'kysely';

/**
 * Durable live state (decision 1720): what a new owner of a VDN needs to carry its agents on.
 * agent_session gains the session's GUIDs, work state and settings; live_call holds each call's
 * control record while the call lasts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One column per statement: SQLite's ALTER TABLE adds one column at a time.
  // A column without a default is nullable.
  const columns: Array<[string, 'text' | 'bigint', (string | number)?]> = [
    ['guid', 'text', ''],
    ['guid_issued_ms', 'bigint', 0],
    ['previous_guid', 'text'],
    ['previous_guid_expires_ms', 'bigint'],
    ['work_state', 'text', 'idle'],
    ['work_since_ms', 'bigint', 0],
    ['last_activity_ms', 'bigint', 0],
    ['call_legs', 'text', '[]'],
    ['session_json', 'text', '{}'],
  ];
  for (const [name, type, fallback] of columns) {
    await db.schema
      .alterTable('agent_session')
      .addColumn(name, type, (c) => (fallback === undefined ? c : c.notNull().defaultTo(fallback)))
      .execute();
  }
  await db.schema
    .createTable('live_call')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('feature', 'integer', (c) => c.notNull())
    .addColumn('media_type', 'integer', (c) => c.notNull())
    .addColumn('caller', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('called', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('agents', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('open_legs', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_ms', 'bigint', (c) => c.notNull())
    .addColumn('saved_at_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('live_call_pk', ['vdn_id', 'call_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('live_call').execute();
  for (const name of ['guid', 'guid_issued_ms', 'previous_guid', 'previous_guid_expires_ms', 'work_state', 'work_since_ms', 'last_activity_ms', 'call_legs', 'session_json']) {
    await db.schema.alterTable('agent_session').dropColumn(name).execute();
  }
}
