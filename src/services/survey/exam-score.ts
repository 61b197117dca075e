import { operationScore, parseUebaResult } from '../../domain/survey/index.ts';
import type { SurveyDeps, SurveyOutcome } from './survey-sheets.ts';

export interface ExamScoreInput {
  examId: string;
  code: string;
  msg?: string;
  result: string;
  /** Header `quotiety`: the weight of the operation score, 1–99; absent means the full weight. */
  quotiety?: number;
  /** Header `totalScore`: the module's total score; absent means the sum of the survey's question scores. */
  totalScore?: number;
}

/**
 * CEC §8.6 updateScore (decision 1150): the UEBA ends an exam of the intelligent-training module
 * and posts its 100-point score. The exam is an answer sheet (`exam_id` = `surveyAnswerId`); a
 * successful exam (`code` "0") sets the sheet's operation score by the formula of ref L30171, a
 * failed one is only recorded. Every update is kept.
 */
export async function recordExamScore(deps: SurveyDeps, vdnId: number, input: ExamScoreInput): Promise<SurveyOutcome<number | null>> {
  const ueba = parseUebaResult(input.result);
  if (ueba === undefined) return { ok: false, message: 'result must have at most 8 integer digits and 2 decimals' };
  const sheet = await deps.repos.surveys.findSheet(vdnId, input.examId);
  if (!sheet) return { ok: false, message: `exam ${input.examId} does not exist` };
  const totalScore = input.totalScore ?? (await deps.repos.surveys.listQuestions(vdnId, sheet.surveyId)).reduce((sum, q) => sum + q.score, 0);
  const score = input.code === '0' ? operationScore(input.quotiety ?? 100, totalScore, ueba) : null;
  const now = deps.clock.now();
  await deps.repos.surveys.insertExamScore({
    id: deps.ids.next(),
    vdnId,
    examId: input.examId,
    code: input.code,
    msg: input.msg ?? null,
    result: input.result,
    quotiety: input.quotiety ?? null,
    totalScore,
    score,
    receivedAtMs: now,
  });
  if (score !== null) await deps.repos.surveys.updateSheet(vdnId, input.examId, { operScore: score, updatedAtMs: now });
  return { ok: true, value: score };
}
