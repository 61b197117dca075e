import type { Kysely } from 'kysely';

/**
 * The chatbot / intelligent IVR of chapter 10 (note 05 §4.2–4.4): NLU configuration (domains,
 * intents, FAQ groups and Q&As), flows and access-code bindings, and the dialog runtime (call
 * instances, turns, third-party transfers). Every table is keyed by the tenant.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('oiap_domain')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('domain_id', 'integer', (c) => c.notNull())
    .addColumn('domain_name', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('oiap_domain_pk', ['vdn_id', 'domain_id'])
    .execute();
  await db.schema
    .createTable('oiap_intent')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('intent_id', 'integer', (c) => c.notNull())
    .addColumn('domain_id', 'integer', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('intent_cmd', 'text', (c) => c.notNull())
    .addColumn('intent_name', 'text', (c) => c.notNull())
    .addColumn('intent_desc', 'text', (c) => c.notNull())
    .addColumn('utterances', 'text', (c) => c.notNull())
    .addColumn('responses', 'text', (c) => c.notNull())
    .addColumn('is_default', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('oiap_intent_pk', ['vdn_id', 'intent_id'])
    .execute();
  await db.schema
    .createTable('oiap_flow')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('flow_id', 'text', (c) => c.notNull())
    .addColumn('flow_code', 'text', (c) => c.notNull())
    .addColumn('flow_name', 'text', (c) => c.notNull())
    .addColumn('flow_desc', 'text', (c) => c.notNull())
    .addColumn('scenario_type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('work_mode', 'integer', (c) => c.notNull())
    .addColumn('is_default', 'text', (c) => c.notNull())
    .addColumn('log_switch', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'text')
    .addColumn('rule_name', 'text')
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('status_at_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('oiap_flow_pk', ['vdn_id', 'flow_id'])
    .addUniqueConstraint('oiap_flow_code_version', ['vdn_id', 'flow_code', 'version'])
    .execute();
  await db.schema
    .createTable('oiap_navigation')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('access_id', 'text', (c) => c.notNull())
    .addColumn('access_code', 'text', (c) => c.notNull())
    .addColumn('domain_id', 'integer')
    .addColumn('dialog_type', 'integer', (c) => c.notNull())
    .addColumn('flow_code', 'text', (c) => c.notNull())
    .addColumn('flow_name', 'text')
    .addColumn('description', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('chat_bot_name', 'text')
    .addColumn('using_record_service', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('oiap_navigation_pk', ['vdn_id', 'access_id'])
    .addUniqueConstraint('oiap_navigation_code', ['vdn_id', 'access_code'])
    .execute();
  await db.schema
    .createTable('oiap_faq_group')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('group_id', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('updated_at_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('oiap_faq_group_pk', ['vdn_id', 'group_id'])
    .execute();
  await db.schema
    .createTable('oiap_faq')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('faq_id', 'integer', (c) => c.notNull())
    .addColumn('group_id', 'integer', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('sim_questions', 'text', (c) => c.notNull())
    .addColumn('sim_answers', 'text', (c) => c.notNull())
    .addColumn('keywords', 'text', (c) => c.notNull())
    .addColumn('updated_at_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('oiap_faq_pk', ['vdn_id', 'faq_id'])
    .execute();
  await db.schema.createIndex('oiap_faq_group_idx').on('oiap_faq').columns(['vdn_id', 'group_id']).execute();
  await db.schema
    .createTable('oiap_session')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('access_code', 'text', (c) => c.notNull())
    .addColumn('call_sor_id', 'text', (c) => c.notNull())
    .addColumn('cti_call_id', 'text')
    .addColumn('flow_code', 'text', (c) => c.notNull())
    .addColumn('flow_inst_id', 'text', (c) => c.notNull())
    .addColumn('dialog_type', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('started_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('updated_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('ended_at_ms', 'bigint')
    .addColumn('release_reason', 'text')
    .addColumn('ended_in_ivr', 'integer', (c) => c.notNull())
    .addColumn('transferred', 'integer', (c) => c.notNull())
    .addColumn('interact_count', 'integer', (c) => c.notNull())
    .addColumn('interface_requests', 'integer', (c) => c.notNull())
    .addColumn('interface_successes', 'integer', (c) => c.notNull())
    .addColumn('feedback', 'integer')
    .addPrimaryKeyConstraint('oiap_session_pk', ['vdn_id', 'call_id'])
    .execute();
  await db.schema.createIndex('oiap_session_caller').on('oiap_session').columns(['vdn_id', 'call_sor_id', 'started_at_ms']).execute();
  await db.schema.createIndex('oiap_session_started').on('oiap_session').columns(['vdn_id', 'started_at_ms']).execute();
  await db.schema.createIndex('oiap_session_active').on('oiap_session').columns(['status', 'updated_at_ms']).execute();
  await db.schema
    .createTable('oiap_turn')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('inter_no', 'integer', (c) => c.notNull())
    .addColumn('user_saying', 'text')
    .addColumn('intention', 'text')
    .addColumn('system_reply', 'text', (c) => c.notNull())
    .addColumn('reply_type', 'text', (c) => c.notNull())
    .addColumn('request_at_ms', 'bigint')
    .addColumn('reply_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('response_source', 'text', (c) => c.notNull())
    .addColumn('involve_mode', 'text', (c) => c.notNull())
    .addColumn('hit_kind', 'text')
    .addColumn('hit_name', 'text')
    .addPrimaryKeyConstraint('oiap_turn_pk', ['vdn_id', 'call_id', 'inter_no'])
    .execute();
  await db.schema
    .createTable('oiap_transfer_record')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('cti_call_id', 'text')
    .addColumn('flow_inst_id', 'text', (c) => c.notNull())
    .addColumn('calling_number', 'text', (c) => c.notNull())
    .addColumn('called_number', 'text', (c) => c.notNull())
    .addColumn('transf_number', 'text', (c) => c.notNull())
    .addColumn('start_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('end_at_ms', 'bigint')
    .addColumn('record_file_path', 'text')
    .addColumn('location_id', 'text')
    .addColumn('op_result', 'text', (c) => c.notNull())
    .addColumn('record_result', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('oiap_transfer_record_pk', ['vdn_id', 'id'])
    .execute();
  await db.schema.createIndex('oiap_transfer_call').on('oiap_transfer_record').columns(['vdn_id', 'call_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['oiap_transfer_record', 'oiap_turn', 'oiap_session', 'oiap_faq', 'oiap_faq_group', 'oiap_navigation', 'oiap_flow', 'oiap_intent', 'oiap_domain']) {
    await db.schema.dropTable(table).execute();
  }
}
