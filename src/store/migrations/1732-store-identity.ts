import type { Kysely } from 'kysely';

/**
 * The identity of a store (decision 1731): one row, written by the first cluster node, that the
 * nodes' shared data directory carries too, so that a node whose data directory is not the
 * cluster's refuses to start instead of scattering recordings and voice files over private disks.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('store_identity')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('identity', 'text', (c) => c.notNull())
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .execute();
}
