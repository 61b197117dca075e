import type { Kysely } from 'kysely';

/**
 * The intelligent quality check (§12.2, note 07 §8.5, decision 1222): one document table for the
 * configuration and workflow objects of every kind (rules, sentences, scenarios, tasks, items),
 * keyed by tenant, kind and id, with the name and parent kept as columns for the uniqueness and
 * lookups the interfaces need; and the inspected calls, whose searched fields are columns.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sqm_document')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('parent_id', 'text')
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('updated_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('due_at_ms', 'bigint')
    .addPrimaryKeyConstraint('sqm_document_pk', ['vdn_id', 'kind', 'id'])
    .execute();
  await db.schema.createIndex('sqm_document_name').on('sqm_document').columns(['vdn_id', 'kind', 'name']).execute();
  await db.schema.createIndex('sqm_document_parent').on('sqm_document').columns(['vdn_id', 'kind', 'parent_id']).execute();
  // The durable scheduler polls plans and reserved tasks that fall due (note 07 §8.3 D).
  await db.schema.createIndex('sqm_document_due').on('sqm_document').columns(['due_at_ms']).execute();
  await db.schema
    .createTable('sqm_call')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('call_uuid', 'text', (c) => c.notNull())
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'text', (c) => c.notNull())
    .addColumn('call_type', 'integer', (c) => c.notNull())
    .addColumn('status', 'integer', (c) => c.notNull())
    .addColumn('call_time_ms', 'bigint', (c) => c.notNull())
    .addColumn('upload_time_ms', 'bigint', (c) => c.notNull())
    .addColumn('duration', 'double precision', (c) => c.notNull())
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('credit', 'text')
    .addPrimaryKeyConstraint('sqm_call_pk', ['vdn_id', 'call_uuid'])
    .execute();
  await db.schema.createIndex('sqm_call_time').on('sqm_call').columns(['vdn_id', 'call_time_ms']).execute();
  await db.schema.createIndex('sqm_call_call_id').on('sqm_call').columns(['vdn_id', 'call_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sqm_call').execute();
  await db.schema.dropTable('sqm_document').execute();
}
