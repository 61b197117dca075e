import { Type, type Static } from '@sinclair/typebox';

/**
 * A questionnaire of the tenant file (CEC ch. 8 has no definition interface; note 04 §4.19,
 * decision 1150). docs/tenant-file.md documents it.
 */
export const SurveyQuestionSpec = Type.Object({
  questionId: Type.String({ minLength: 1, maxLength: 32 }),
  /** The question number; defaults to the position in the list (1-based). */
  answerNo: Type.Optional(Type.Integer({ minimum: 1 })),
  questionType: Type.Union(['essay', 'single', 'multi', 'voice', 'voiceOperation'].map((t) => Type.Literal(t))),
  content: Type.String({ minLength: 1, maxLength: 2000 }),
  score: Type.Optional(Type.Number({ minimum: 0, maximum: 999_999_999.99 })),
  options: Type.Optional(
    Type.Array(
      Type.Object({
        optionId: Type.String({ minLength: 1, maxLength: 32 }),
        content: Type.String({ maxLength: 500 }),
        /** Where 8.2 goes after this option was chosen (default: the next question by number). */
        nextQuestionId: Type.Optional(Type.String({ minLength: 1, maxLength: 32 })),
      }),
      { maxItems: 50 },
    ),
  ),
  oprRule: Type.Optional(Type.Object({}, { additionalProperties: true })),
});

export const SurveySpec = Type.Object({
  surveyId: Type.String({ minLength: 1, maxLength: 32 }),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  questions: Type.Array(SurveyQuestionSpec, { minItems: 1, maxItems: 200 }),
});

export type SurveySpec = Static<typeof SurveySpec>;

/** The first inconsistency of a tenant file's surveys, or undefined. */
export function surveySpecProblem(surveys: readonly SurveySpec[]): string | undefined {
  const surveyIds = new Set<string>();
  for (const survey of surveys) {
    if (surveyIds.has(survey.surveyId)) return `survey ${survey.surveyId} is listed twice`;
    surveyIds.add(survey.surveyId);
    const questionIds = new Set(survey.questions.map((q) => q.questionId));
    if (questionIds.size !== survey.questions.length) return `survey ${survey.surveyId} repeats a question id`;
    for (const question of survey.questions) {
      const optionIds = new Set((question.options ?? []).map((o) => o.optionId));
      if (optionIds.size !== (question.options ?? []).length) return `question ${question.questionId} repeats an option id`;
      for (const option of question.options ?? []) {
        if (option.nextQuestionId !== undefined && !questionIds.has(option.nextQuestionId)) return `option ${option.optionId} jumps to unknown question ${option.nextQuestionId}`;
      }
    }
  }
  return undefined;
}
