import type { Kysely } from 'kysely';

/**
 * CC-Survey (CEC ch. 8, decision 1150): questionnaires seeded from the tenant file, the answer
 * sheets ("script answers") and question answers of 8.1–8.5, and the UEBA score updates of 8.6.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('survey')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('survey_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_pk', ['vdn_id', 'survey_id'])
    .execute();
  await db.schema
    .createTable('survey_question')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('survey_id', 'text', (c) => c.notNull())
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('answer_no', 'integer', (c) => c.notNull())
    .addColumn('question_type', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addColumn('options', 'text', (c) => c.notNull())
    .addColumn('opr_rule', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_question_pk', ['vdn_id', 'survey_id', 'question_id'])
    .execute();
  await db.schema
    .createTable('script_answer')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('survey_answer_id', 'text', (c) => c.notNull())
    .addColumn('survey_id', 'text', (c) => c.notNull())
    .addColumn('module_id', 'text', (c) => c.notNull())
    .addColumn('cust_id', 'text')
    .addColumn('service_id1', 'text')
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('oper_score', 'double precision')
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('updated_at_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('script_answer_pk', ['vdn_id', 'survey_answer_id'])
    .execute();
  await db.schema
    .createTable('question_answer')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('question_answer_id', 'text', (c) => c.notNull())
    .addColumn('survey_answer_id', 'text', (c) => c.notNull())
    .addColumn('survey_id', 'text', (c) => c.notNull())
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('answer_text', 'text')
    .addColumn('voice_score', 'double precision')
    .addColumn('oper_score', 'double precision')
    .addColumn('option_id', 'text')
    .addColumn('cost_time', 'integer')
    .addColumn('created_at_ms', 'bigint', (c) => c.notNull())
    .addColumn('updated_at_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('question_answer_pk', ['vdn_id', 'question_answer_id'])
    .execute();
  await db.schema.createIndex('question_answer_sheet').on('question_answer').columns(['vdn_id', 'survey_answer_id', 'question_id']).unique().execute();
  await db.schema
    .createTable('exam_score')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('exam_id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('msg', 'text')
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('quotiety', 'integer')
    .addColumn('total_score', 'double precision')
    .addColumn('score', 'double precision')
    .addColumn('received_at_ms', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('exam_score_exam').on('exam_score').columns(['vdn_id', 'exam_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['exam_score', 'question_answer', 'script_answer', 'survey_question', 'survey']) await db.schema.dropTable(table).execute();
}
