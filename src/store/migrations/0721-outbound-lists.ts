import type { Kysely } from 'kysely';

/**
 * The VDN-wide lists of CC-iSales (chapter 7, note 04 §4.8–4.17): business-result definitions,
 * the blacklist, number types, file servers and their import tasks, external results with their
 * OBS-code mapping, and the open-API invocation log (7.10). Every table is keyed by the tenant.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('isales_business_result')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('parent_code', 'text')
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('isales_business_result_pk', ['vdn_id', 'code'])
    .execute();
  await db.schema
    .createTable('isales_blacklist')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('block_num', 'text', (c) => c.notNull())
    .addColumn('added_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('expires_at_ms', 'bigint')
    .addColumn('restrict_times', 'integer')
    .addColumn('restrict_period', 'text')
    .addPrimaryKeyConstraint('isales_blacklist_pk', ['vdn_id', 'block_num'])
    .execute();
  // A restricted number's calls in its window are its started attempts (7.3.1 restrictTimes, decision 0736).
  await db.schema.createIndex('isales_call_attempt_called').on('isales_call_attempt').columns(['vdn_id', 'called', 'started_at_ms']).execute();
  await db.schema
    .createTable('isales_number_type')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('isales_number_type_pk', ['vdn_id', 'name_key'])
    .execute();
  await db.schema
    .createTable('isales_file_server')
    .addColumn('server_id', 'text', (c) => c.primaryKey())
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('port', 'text', (c) => c.notNull())
    .addColumn('file_path', 'text', (c) => c.notNull())
    .addColumn('user_name', 'text', (c) => c.notNull())
    .addColumn('password_cipher', 'text', (c) => c.notNull())
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('isales_file_server_vdn').on('isales_file_server').columns(['vdn_id', 'created_at_ms']).execute();
  await db.schema
    .createTable('isales_import_task')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('server_id', 'text', (c) => c.notNull())
    .addColumn('file_path', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('start_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('begin_ms', 'bigint')
    .addColumn('end_ms', 'bigint')
    .addColumn('succ_num', 'integer', (c) => c.notNull())
    .addColumn('repeat_num', 'integer', (c) => c.notNull())
    .addColumn('fail_num', 'integer', (c) => c.notNull())
    .addColumn('err_msg', 'text', (c) => c.notNull())
    .addColumn('row_errors', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('isales_import_task_vdn').on('isales_import_task').columns(['vdn_id', 'kind', 'campaign_id', 'created_at_ms']).execute();
  await db.schema.createIndex('isales_import_task_status').on('isales_import_task').column('status').execute();
  await db.schema
    .createTable('isales_external_result')
    .addColumn('def_id', 'text', (c) => c.primaryKey())
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('result_code', 'text', (c) => c.notNull())
    .addColumn('display_result', 'text', (c) => c.notNull())
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('isales_external_result_vdn').on('isales_external_result').columns(['vdn_id', 'created_at_ms']).execute();
  await db.schema
    .createTable('isales_external_result_map')
    .addColumn('map_id', 'text', (c) => c.primaryKey())
    .addColumn('def_id', 'text', (c) => c.notNull())
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('fail_code', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('isales_external_result_map_code').on('isales_external_result_map').columns(['vdn_id', 'fail_code']).unique().execute();
  await db.schema.createIndex('isales_external_result_map_def').on('isales_external_result_map').column('def_id').execute();
  await db.schema
    .createTable('isales_openapi_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('oper_time_ms', 'bigint', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('request', 'text', (c) => c.notNull())
    .addColumn('result_code', 'text', (c) => c.notNull())
    .addColumn('result_desc', 'text', (c) => c.notNull())
    .addColumn('http_status', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('isales_openapi_log_time').on('isales_openapi_log').columns(['vdn_id', 'oper_time_ms']).execute();
  // The key that seals file-server passwords (decision 0732): one per tenant, made from SecretSource.
  await db.schema
    .createTable('isales_sealing_key')
    .addColumn('vdn_id', 'integer', (c) => c.primaryKey())
    .addColumn('key_hex', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('isales_call_attempt_called').execute();
  for (const table of ['isales_sealing_key', 'isales_openapi_log', 'isales_external_result_map', 'isales_external_result', 'isales_import_task', 'isales_file_server', 'isales_number_type', 'isales_blacklist', 'isales_business_result']) {
    await db.schema.dropTable(table).execute();
  }
}
