import type { Kysely } from 'kysely';

/**
 * The iKBS knowledge base (CEC ch. 9, decision 0901): the tree of categories and entries, the
 * entries' attachments, the open events of 9.2.1 and each tenant's revision counter.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  let node = db.schema
    .createTable('kb_node')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('colu_kng_id', 'text', (c) => c.notNull());
  for (const column of ['colu_kng_type', 'colu_type']) node = node.addColumn(column, 'integer', (c) => c.notNull());
  for (const column of ['name', 'code', 'super_code', 'beyond_colu_id', 'beyond_colu_path']) node = node.addColumn(column, 'text', (c) => c.notNull());
  node = node.addColumn('order_id', 'integer', (c) => c.notNull());
  for (const column of ['kng_content', 'content_text', 'summary_info', 'keyword']) node = node.addColumn(column, 'text', (c) => c.notNull());
  for (const column of ['kng_status', 'service_status', 'display_flag', 'click_num', 'release_times', 'cur_version_num']) node = node.addColumn(column, 'integer', (c) => c.notNull());
  for (const column of ['valid_start_ms', 'valid_end_ms', 'services_start_ms', 'services_end_ms']) node = node.addColumn(column, 'bigint');
  for (const column of ['creator_id', 'creator_name', 'modifier_id', 'related']) node = node.addColumn(column, 'text', (c) => c.notNull());
  await node
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('modified_at_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('kb_node_pk', ['vdn_id', 'colu_kng_id'])
    .execute();
  await db.schema.createIndex('kb_node_parent').on('kb_node').columns(['vdn_id', 'beyond_colu_id', 'order_id']).execute();
  await db.schema
    .createTable('kb_attachment')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('adj_id', 'text', (c) => c.notNull())
    .addColumn('kng_id', 'text', (c) => c.notNull())
    .addColumn('adj_key', 'text', (c) => c.notNull())
    .addColumn('adj_name', 'text', (c) => c.notNull())
    .addColumn('adj_type', 'text', (c) => c.notNull())
    .addColumn('adj_class', 'integer', (c) => c.notNull())
    .addColumn('adj_size', 'integer', (c) => c.notNull())
    .addColumn('order_id', 'integer', (c) => c.notNull())
    .addColumn('version_num', 'integer', (c) => c.notNull())
    .addColumn('creator_id', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('kb_attachment_pk', ['vdn_id', 'adj_id'])
    .execute();
  await db.schema.createIndex('kb_attachment_entry').on('kb_attachment').columns(['vdn_id', 'kng_id', 'order_id']).execute();
  await db.schema
    .createTable('kb_open_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('colu_kng_id', 'text', (c) => c.notNull())
    .addColumn('open_type', 'integer', (c) => c.notNull())
    .addColumn('open_kng', 'text')
    .addColumn('search_rank', 'integer')
    .addColumn('search_sort_type', 'text')
    .addColumn('search_word', 'text')
    .addColumn('at_ms', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('kb_open_event_entry').on('kb_open_event').columns(['vdn_id', 'colu_kng_id']).execute();
  await db.schema
    .createTable('kb_revision')
    .addColumn('vdn_id', 'integer', (c) => c.primaryKey())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['kb_revision', 'kb_open_event', 'kb_attachment', 'kb_node']) await db.schema.dropTable(table).execute();
}
