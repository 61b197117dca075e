import type { Kysely } from 'kysely';

/**
 * When an agent last changed its own account password through 5.1.3, for the "once within 24
 * hours" rule (ref L2964). Null while the password is the one set at creation, which is not a
 * change (decision 0103).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('agent_account').addColumn('pwd_user_changed_at_ms', 'bigint').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('agent_account').dropColumn('pwd_user_changed_at_ms').execute();
}
