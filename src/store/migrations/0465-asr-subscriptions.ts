import type { Kysely } from 'kysely';

/**
 * §6.3 subscriptions outlive a restart and are seen by every node (decision 0464); and the outbox
 * gets an ordering key, so a retried recognition result holds back the later turns of its call.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('asr_subscription')
    .addColumn('server_id', 'text', (c) => c.primaryKey())
    // The VDN of the registering credential; -1 for the system administrator's, which hears every tenant.
    .addColumn('owner_vdn_id', 'integer', (c) => c.notNull())
    .addColumn('subscribe_type', 'text', (c) => c.notNull())
    .addColumn('service_token', 'text')
    .addColumn('service_callback_uri', 'text', (c) => c.notNull())
    .addColumn('nlp_flag', 'integer', (c) => c.notNull())
    .addColumn('flow_access_code', 'text')
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('last_handshake_ms', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('asr_subscription_owner').on('asr_subscription').columns(['owner_vdn_id', 'last_handshake_ms']).execute();
  await db.schema.alterTable('callback_delivery').addColumn('order_key', 'text').execute();
  await db.schema.createIndex('callback_delivery_order').on('callback_delivery').columns(['order_key', 'status']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('callback_delivery_order').execute();
  await db.schema.alterTable('callback_delivery').dropColumn('order_key').execute();
  await db.schema.dropTable('asr_subscription').execute();
}
