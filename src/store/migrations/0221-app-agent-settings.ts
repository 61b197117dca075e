import type { Kysely } from 'kysely';

/**
 * App personal settings (CEC §6.4, decision 0465): at most one row per user of a VDN, since query
 * and delete name the user, not the row. Number lists are JSON text.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('app_agent_settings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('call_type', 'text')
    .addColumn('caller_present', 'text', (c) => c.notNull())
    .addColumn('call_number', 'text', (c) => c.notNull())
    .addColumn('call_number_default', 'text')
    .addColumn('caller_present_default', 'text')
    .addColumn('updated_at_ms', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('app_agent_settings_user').on('app_agent_settings').columns(['vdn_id', 'user_id']).unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('app_agent_settings').execute();
}
