import type { Repositories } from '../store/index.ts';
import type { SurveySpec } from './survey-spec.ts';

/** Writes the tenant file's questionnaires (decision 1150); a question without a number takes its position. */
export async function provisionSurveys(repos: Repositories, vdnId: number, surveys: readonly SurveySpec[], now: number): Promise<void> {
  for (const survey of surveys) {
    await repos.surveys.insertSurvey(
      { vdnId, surveyId: survey.surveyId, name: survey.name, createdAtMs: now },
      survey.questions.map((q, index) => ({
        vdnId,
        surveyId: survey.surveyId,
        questionId: q.questionId,
        answerNo: q.answerNo ?? index + 1,
        questionType: q.questionType,
        content: q.content,
        score: q.score ?? 0,
        options: JSON.stringify(q.options ?? []),
        oprRule: JSON.stringify(q.oprRule ?? {}),
      })),
    );
  }
}
