import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../schema.ts';
import type { ExamScoreTable, QuestionAnswerTable, ScriptAnswerTable, SurveyQuestionTable, SurveyTable } from '../schema-survey.ts';

export type SurveyRow = Selectable<SurveyTable>;
export type SurveyQuestionRow = Selectable<SurveyQuestionTable>;
export type ScriptAnswerRow = Selectable<ScriptAnswerTable>;
export type QuestionAnswerRow = Selectable<QuestionAnswerTable>;
export type ExamScoreRow = Selectable<ExamScoreTable>;

/** Questionnaires, answer sheets, question answers and exam scores (ch. 8). Every query is scoped by VDN. */
export function createSurveyRepository(db: Kysely<Database>) {
  return {
    async insertSurvey(survey: Insertable<SurveyTable>, questions: ReadonlyArray<Insertable<SurveyQuestionTable>>): Promise<void> {
      await db.insertInto('survey').values(survey).execute();
      if (questions.length > 0) await db.insertInto('surveyQuestion').values([...questions]).execute();
    },
    findSurvey(vdnId: number, surveyId: string): Promise<SurveyRow | undefined> {
      return db.selectFrom('survey').selectAll().where('vdnId', '=', vdnId).where('surveyId', '=', surveyId).executeTakeFirst();
    },
    listSurveys(vdnId: number): Promise<SurveyRow[]> {
      return db.selectFrom('survey').selectAll().where('vdnId', '=', vdnId).orderBy('surveyId').execute();
    },
    /** The questions of a survey in question-number order. */
    listQuestions(vdnId: number, surveyId: string): Promise<SurveyQuestionRow[]> {
      return db.selectFrom('surveyQuestion').selectAll().where('vdnId', '=', vdnId).where('surveyId', '=', surveyId).orderBy('answerNo').orderBy('questionId').execute();
    },
    async insertSheet(row: Insertable<ScriptAnswerTable>): Promise<void> {
      await db.insertInto('scriptAnswer').values(row).execute();
    },
    findSheet(vdnId: number, surveyAnswerId: string): Promise<ScriptAnswerRow | undefined> {
      return db.selectFrom('scriptAnswer').selectAll().where('vdnId', '=', vdnId).where('surveyAnswerId', '=', surveyAnswerId).executeTakeFirst();
    },
    async updateSheet(vdnId: number, surveyAnswerId: string, changes: Updateable<ScriptAnswerTable>): Promise<void> {
      await db.updateTable('scriptAnswer').set(changes).where('vdnId', '=', vdnId).where('surveyAnswerId', '=', surveyAnswerId).execute();
    },
    async insertAnswer(row: Insertable<QuestionAnswerTable>): Promise<void> {
      await db.insertInto('questionAnswer').values(row).execute();
    },
    findAnswer(vdnId: number, questionAnswerId: string): Promise<QuestionAnswerRow | undefined> {
      return db.selectFrom('questionAnswer').selectAll().where('vdnId', '=', vdnId).where('questionAnswerId', '=', questionAnswerId).executeTakeFirst();
    },
    findAnswerOf(vdnId: number, surveyAnswerId: string, questionId: string): Promise<QuestionAnswerRow | undefined> {
      return db
        .selectFrom('questionAnswer')
        .selectAll()
        .where('vdnId', '=', vdnId)
        .where('surveyAnswerId', '=', surveyAnswerId)
        .where('questionId', '=', questionId)
        .executeTakeFirst();
    },
    listAnswers(vdnId: number, surveyAnswerId: string): Promise<QuestionAnswerRow[]> {
      return db.selectFrom('questionAnswer').selectAll().where('vdnId', '=', vdnId).where('surveyAnswerId', '=', surveyAnswerId).orderBy('createdAtMs').orderBy('questionAnswerId').execute();
    },
    async updateAnswer(vdnId: number, questionAnswerId: string, changes: Updateable<QuestionAnswerTable>): Promise<void> {
      await db.updateTable('questionAnswer').set(changes).where('vdnId', '=', vdnId).where('questionAnswerId', '=', questionAnswerId).execute();
    },
    async insertExamScore(row: Insertable<ExamScoreTable>): Promise<void> {
      await db.insertInto('examScore').values(row).execute();
    },
    listExamScores(vdnId: number, examId: string): Promise<ExamScoreRow[]> {
      return db.selectFrom('examScore').selectAll().where('vdnId', '=', vdnId).where('examId', '=', examId).orderBy('receivedAtMs').orderBy('id').execute();
    },
  };
}

export type SurveyRepository = ReturnType<typeof createSurveyRepository>;
