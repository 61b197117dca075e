import { sql, type Kysely } from 'kysely';

/**
 * The simulated UAP's 5-minute samples per node (decision 1730): in cluster mode every node
 * measures the calls of the VDNs it owns, so a period has one row per node and office, and the
 * system indicators of §12.3.6.4/.5 add them up. Rows stored before are a single node's: node 0.
 * SQLite cannot change a primary key in place: the table is rebuilt and renamed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('uap_sample_by_node')
    .addColumn('begin_ms', 'bigint', (c) => c.notNull())
    .addColumn('ofc_no', 'integer', (c) => c.notNull())
    .addColumn('node_id', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('counters', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('uap_sample_node_pk', ['begin_ms', 'ofc_no', 'node_id'])
    .execute();
  await sql`insert into uap_sample_by_node (begin_ms, ofc_no, node_id, counters) select begin_ms, ofc_no, 0, counters from uap_sample`.execute(db);
  await db.schema.dropTable('uap_sample').execute();
  await db.schema.alterTable('uap_sample_by_node').renameTo('uap_sample').execute();
}
