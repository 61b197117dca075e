import type { Kysely } from 'kysely';

/**
 * The durable part of the system indicators (§12.3.6, decisions 0840 and 0842): the historic peaks of the
 * licence usage (12.3.6.8 historyMax*) and the closed 5-minute samples of the simulated UAP
 * (12.3.6.4, 12.3.6.5), both written with the CTI records they follow.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('licence_peak')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('value', 'integer', (c) => c.notNull())
    .addColumn('at_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('licence_peak_pk', ['vdn_id', 'field'])
    .execute();
  await db.schema
    .createTable('uap_sample')
    .addColumn('begin_ms', 'bigint', (c) => c.notNull())
    .addColumn('ofc_no', 'integer', (c) => c.notNull())
    .addColumn('counters', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('uap_sample_pk', ['begin_ms', 'ofc_no'])
    .execute();
}
