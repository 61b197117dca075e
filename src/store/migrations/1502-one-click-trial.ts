import type { Kysely } from 'kysely';

/**
 * The one-click trial (CEC §17.2/§17.3, decision 1506): the live SMS verification code of each
 * phone number, and the messages (SMS and e-mail) the simulated gateways sent, which the
 * simulator's `/sim/v1/sms` and `/sim/v1/emails` read and the daily thresholds count.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('trial_verify_code')
    .addColumn('phone', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('expires_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('failed_attempts', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('sim_message')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('sent_at_ms', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sim_message_channel_time').on('sim_message').columns(['channel', 'sent_at_ms']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sim_message').execute();
  await db.schema.dropTable('trial_verify_code').execute();
}
