import type { Kysely } from 'kysely';

/**
 * Interval roll-up of the historical indicators (CEC §12.3.2, decision 0813): 15-minute UTC
 * buckets of additive measures per scope (skill, agent, VDN, IVR business type) and media
 * dimensions, one row per measure; and, per tenant, how many finished calls and agent operations
 * the roll-up holds, so that start-up can tell whether it is behind the raw records.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stat_bucket')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('scope_id', 'text', (c) => c.notNull())
    .addColumn('bucket_ms', 'bigint', (c) => c.notNull())
    .addColumn('media_type', 'integer', (c) => c.notNull())
    .addColumn('sub_media_type', 'integer', (c) => c.notNull())
    .addColumn('anony', 'integer', (c) => c.notNull())
    .addColumn('callee_no', 'text', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('value', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('stat_bucket_pk', ['vdn_id', 'scope', 'scope_id', 'bucket_ms', 'media_type', 'sub_media_type', 'anony', 'callee_no', 'measure'])
    .execute();
  await db.schema
    .createTable('stat_rollup_state')
    .addColumn('vdn_id', 'integer', (c) => c.primaryKey())
    .addColumn('calls', 'bigint', (c) => c.notNull())
    .addColumn('operations', 'bigint', (c) => c.notNull())
    .execute();
}
