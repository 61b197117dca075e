import type { Kysely } from 'kysely';

/**
 * One lease per VDN for cluster mode (decision 1700). The fence only grows: each new tenure takes
 * the next number, and every write of the VDN's live records compares it in its own transaction.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('vdn_lease')
    .addColumn('vdn_id', 'integer', (c) => c.primaryKey())
    .addColumn('owner_node', 'integer', (c) => c.notNull())
    .addColumn('owner_url', 'text', (c) => c.notNull())
    .addColumn('fence', 'bigint', (c) => c.notNull())
    .addColumn('expires_at_ms', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('vdn_lease').execute();
}
