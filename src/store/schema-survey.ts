/**
 * CC-Survey questionnaires and answer sheets (reference ch. 8, note 04 §4.19, migration 0811,
 * decision 1150). The reference has no definition interface: surveys and their questions come from
 * the tenant file. Scores are DECIMAL(11,2) in the reference and kept as numbers here.
 */
export interface SurveyTables {
  survey: SurveyTable;
  surveyQuestion: SurveyQuestionTable;
  scriptAnswer: ScriptAnswerTable;
  questionAnswer: QuestionAnswerTable;
  examScore: ExamScoreTable;
}

export interface SurveyTable {
  vdnId: number;
  surveyId: string;
  name: string;
  createdAtMs: number;
}

export interface SurveyQuestionTable {
  vdnId: number;
  surveyId: string;
  questionId: string;
  /** The question number (8.2 `answerNo`), which also orders the questions. */
  answerNo: number;
  /** essay, single, multi, voice or voiceOperation (ref L29773). */
  questionType: string;
  content: string;
  score: number;
  /** JSON array of `{optionId, content, nextQuestionId?}`. */
  options: string;
  /** JSON object returned as 8.2's `oprRule`. */
  oprRule: string;
}

export interface ScriptAnswerTable {
  vdnId: number;
  surveyAnswerId: string;
  surveyId: string;
  moduleId: string;
  custId: string | null;
  serviceId1: string | null;
  /** save or submit (ref L29670). */
  result: string;
  /** The operation score the UEBA's 8.6 update computed, when one came. */
  operScore: number | null;
  createdAtMs: number;
  updatedAtMs: number;
}

export interface QuestionAnswerTable {
  vdnId: number;
  questionAnswerId: string;
  surveyAnswerId: string;
  surveyId: string;
  questionId: string;
  answerText: string | null;
  voiceScore: number | null;
  operScore: number | null;
  optionId: string | null;
  costTime: number | null;
  createdAtMs: number;
  updatedAtMs: number;
}

/** One 8.6 score update of an exam (an answer sheet of the intelligent training module). */
export interface ExamScoreTable {
  id: string;
  vdnId: number;
  examId: string;
  code: string;
  msg: string | null;
  result: string;
  quotiety: number | null;
  totalScore: number | null;
  /** Null when the UEBA reported a failed exam (code other than "0"). */
  score: number | null;
  receivedAtMs: number;
}

declare module './schema.ts' {
  interface Database extends SurveyTables {}
}
