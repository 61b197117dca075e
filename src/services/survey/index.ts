export { createSheet, questionAfter, createAnswer, updateAnswer, updateSheet, type SurveyDeps, type SurveyOutcome, type NewSheet, type NewAnswer, type AnswerFields, type QuestionView } from './survey-sheets.ts';
export { recordExamScore, type ExamScoreInput } from './exam-score.ts';
