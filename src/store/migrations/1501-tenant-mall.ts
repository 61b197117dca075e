import type { Kysely } from 'kysely';

/**
 * The business software mall's view of a tenant (CEC §15.1, decision 1504): its contact data and
 * trial period (one row per VDN) and its subscription orders (Table 15-6, one row per order
 * instance). Contact data is kept unmasked; the interfaces mask it on the way out.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('tenant_mall')
    .addColumn('vdn_id', 'integer', (c) => c.primaryKey())
    .addColumn('mobile_phone', 'text', (c) => c.notNull())
    .addColumn('company', 'text', (c) => c.notNull())
    .addColumn('customer_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('tenant_space_status', 'text', (c) => c.notNull())
    .addColumn('trial', 'integer', (c) => c.notNull())
    .addColumn('expiry_at_ms', 'bigint')
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tenant_mall_phone').on('tenant_mall').column('mobile_phone').execute();
  await db.schema
    .createTable('tenant_mall_order')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('order_id', 'text', (c) => c.notNull())
    .addColumn('create_time_ms', 'bigint', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tenant_mall_order_vdn_time').on('tenant_mall_order').columns(['vdn_id', 'create_time_ms']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('tenant_mall_order').execute();
  await db.schema.dropTable('tenant_mall').execute();
}
