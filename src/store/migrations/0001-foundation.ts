import type { Kysely } from 'kysely';

/** Tenants, credentials and the chapter-5 configuration. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('vdn')
    .addColumn('vdn_id', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('work_no_min', 'integer', (c) => c.notNull())
    .addColumn('work_no_max', 'integer', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('app_credential')
    .addColumn('family', 'text', (c) => c.notNull())
    .addColumn('app_key', 'text', (c) => c.notNull())
    .addColumn('app_secret', 'text', (c) => c.notNull())
    .addColumn('vdn_id', 'integer')
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('app_credential_pk', ['family', 'app_key'])
    .execute();

  await db.schema
    .createTable('access_token')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('family', 'text', (c) => c.notNull())
    .addColumn('vdn_id', 'integer')
    .addColumn('app_key', 'text', (c) => c.notNull())
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('expires_at_ms', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('access_token_expiry').on('access_token').column('expires_at_ms').execute();

  await db.schema
    .createTable('config_admin')
    .addColumn('login_id', 'integer', (c) => c.primaryKey())
    .addColumn('vdn_id', 'integer')
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  await db.schema
    .createTable('agent_account')
    .addColumn('work_no', 'integer', (c) => c.primaryKey())
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('user_account', 'text', (c) => c.notNull())
    .addColumn('user_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('agent_type', 'integer', (c) => c.notNull())
    .addColumn('cc_role_id', 'integer', (c) => c.notNull())
    .addColumn('sip_account', 'text', (c) => c.notNull().unique())
    .addColumn('sip_pwd', 'text', (c) => c.notNull())
    .addColumn('cti_password', 'text', (c) => c.notNull())
    .addColumn('account_code', 'text')
    .addColumn('transparent_display_flag', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed_pwd_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until_ms', 'bigint')
    .addColumn('pwd_changed_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('sip_failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sip_locked_until_ms', 'bigint')
    .addColumn('cti_password_history', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('is_force_change', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cti_pwd_changed_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('updated_at_ms', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('agent_account_user_account_uq', ['vdn_id', 'user_account'])
    .execute();

  await db.schema
    .createTable('agent_skill')
    .addColumn('work_no', 'integer', (c) => c.notNull())
    .addColumn('skill_id', 'integer', (c) => c.notNull())
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('agent_weight', 'integer', (c) => c.notNull())
    .addColumn('skill_weight', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('agent_skill_pk', ['work_no', 'skill_id'])
    .execute();
  await db.schema.createIndex('agent_skill_by_skill').on('agent_skill').columns(['vdn_id', 'skill_id']).execute();

  await db.schema
    .createTable('skill')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('skill_id', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('media_type_id', 'integer', (c) => c.notNull())
    .addColumn('max_wait_time', 'integer', (c) => c.notNull())
    .addColumn('max_wait_num', 'integer', (c) => c.notNull())
    .addColumn('max_agent_wrapup_time', 'integer', (c) => c.notNull())
    .addColumn('skill_param', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('service_type', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('real_flag', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('skill_pk', ['vdn_id', 'skill_id'])
    .execute();

  await db.schema
    .createTable('access_code')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('access_code', 'text', (c) => c.notNull().unique())
    .addColumn('media_type_id', 'integer', (c) => c.notNull())
    .addColumn('n400_number', 'text')
    .addColumn('description', 'text')
    .addColumn('num_call_attr', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('called_route')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('dnid', 'integer', (c) => c.notNull())
    .addColumn('access_code', 'text', (c) => c.notNull())
    .addColumn('ext_code', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('media_type_id', 'integer')
    .addColumn('device_type', 'integer', (c) => c.notNull())
    .addColumn('device_id', 'integer', (c) => c.notNull())
    .addColumn('device_desc', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('editable', 'text')
    .addUniqueConstraint('called_route_dnid_uq', ['vdn_id', 'dnid'])
    .addUniqueConstraint('called_route_number_uq', ['access_code', 'ext_code'])
    .execute();

  await db.schema
    .createTable('ivr_flow')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('flow_id', 'integer', (c) => c.notNull())
    .addColumn('ivr_id', 'text', (c) => c.notNull())
    .addColumn('access_code', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('flow_file_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('flow_type', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('is_load', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('max_call_num', 'integer')
    .addColumn('service_no', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('script', 'text', (c) => c.notNull().defaultTo('{}'))
    .addPrimaryKeyConstraint('ivr_flow_pk', ['vdn_id', 'flow_id'])
    .execute();

  await db.schema
    .createTable('satisfaction_config')
    .addColumn('vdn_id', 'integer', (c) => c.primaryKey())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('ivr_flow_id', 'integer')
    .addColumn('feedback_type', 'text', (c) => c.notNull().defaultTo('IVR'))
    .addColumn('channel_type', 'text', (c) => c.notNull().defaultTo('audio'))
    .execute();

  await db.schema
    .createTable('satisfaction_result')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('evaluation_value', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('evaluation_time_ms', 'bigint', (c) => c.notNull())
    .addColumn('customer_number', 'text')
    .execute();
  await db.schema.createIndex('satisfaction_result_call').on('satisfaction_result').columns(['vdn_id', 'call_id']).execute();

  await db.schema
    .createTable('voice_file')
    .addColumn('file_id', 'text', (c) => c.primaryKey())
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('voice_file_name', 'text')
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('voice_type', 'text', (c) => c.notNull())
    .addColumn('file_type', 'text', (c) => c.notNull())
    .addColumn('file_url', 'text', (c) => c.notNull())
    .addColumn('storage_path', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('review_status', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('callback_url', 'text')
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('voice_template')
    .addColumn('template_id', 'text', (c) => c.primaryKey())
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('scene', 'text', (c) => c.notNull())
    .addColumn('speed', 'integer', (c) => c.notNull())
    .addColumn('volume', 'integer', (c) => c.notNull())
    .addColumn('voicename', 'text', (c) => c.notNull())
    .addColumn('textcontent', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('variables', 'text', (c) => c.notNull())
    .addColumn('review_status', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('callback_url', 'text')
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('callback_delivery')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('callback_delivery_due').on('callback_delivery').columns(['status', 'next_attempt_at_ms']).execute();

  await db.schema
    .createTable('id_counter')
    .addColumn('scope', 'text', (c) => c.primaryKey())
    .addColumn('next_value', 'bigint', (c) => c.notNull())
    .execute();
}
