import type { Kysely } from 'kysely';

/** Offline ASR transcripts delivered by the 10.22 callback, kept per tenant and audio job `aid`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('oiap_asr_transcript')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('aid', 'text', (c) => c.notNull())
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addColumn('success', 'integer', (c) => c.notNull())
    .addColumn('transcript', 'text', (c) => c.notNull())
    .addColumn('lattices', 'text', (c) => c.notNull())
    .addColumn('received_at_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('oiap_asr_transcript_pk', ['vdn_id', 'aid'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('oiap_asr_transcript').execute();
}
