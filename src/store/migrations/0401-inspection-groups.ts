import type { Kysely } from 'kysely';

/**
 * Inspection user groups and relations of the CC-CMS (CEC §12.3.4, decision 0821): agent groups
 * (type 2) and inspector groups (type 3) of a VDN, their members (an agent is in at most one group
 * of its VDN, ref L62662), the inspector group → inspected agent group relations, and the agent
 * names the CMS keeps (12.3.4.11).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('qc_user_group')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('group_name', 'text', (c) => c.notNull())
    .addColumn('group_type', 'integer', (c) => c.notNull())
    .addColumn('remark', 'text')
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('qc_user_group_name').on('qc_user_group').columns(['vdn_id', 'group_name']).unique().execute();
  await db.schema
    .createTable('qc_group_member')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('work_no', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('qc_group_member_agent').on('qc_group_member').columns(['vdn_id', 'work_no']).unique().execute();
  await db.schema.createIndex('qc_group_member_group').on('qc_group_member').columns(['group_id', 'work_no']).execute();
  await db.schema
    .createTable('qc_relation')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('qc_group_id', 'text', (c) => c.notNull())
    .addColumn('inspected_group_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('qc_relation_pk', ['qc_group_id', 'inspected_group_id'])
    .execute();
  await db.schema.createIndex('qc_relation_vdn').on('qc_relation').column('vdn_id').execute();
  await db.schema
    .createTable('qc_agent_name')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('work_no', 'integer', (c) => c.notNull())
    .addColumn('agent_name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('qc_agent_name_pk', ['vdn_id', 'work_no'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['qc_agent_name', 'qc_relation', 'qc_group_member', 'qc_user_group']) await db.schema.dropTable(table).execute();
}
