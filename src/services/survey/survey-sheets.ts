import { isDecimal11x2, nextQuestion, surveyModules, type SurveyOption } from '../../domain/survey/index.ts';
import type { SnowflakeIds } from '../../domain/ids/index.ts';
import type { Clock } from '../../domain/time/index.ts';
import type { Repositories, ScriptAnswerRow, SurveyQuestionRow } from '../../store/index.ts';

/**
 * CC-Survey answer sheets (CEC §8.1–8.5, decision 1150): a sheet is started for a seeded survey,
 * questions are fetched one after the other, each answered once and then amended, and the sheet
 * is saved or finally submitted. Failures are the chapter's "500 Business failure" with a reason.
 */
export interface SurveyDeps {
  repos: Repositories;
  ids: SnowflakeIds;
  clock: Clock;
}

export type SurveyOutcome<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): SurveyOutcome<T> => ({ ok: true, value });
const fail = (message: string): SurveyOutcome<never> => ({ ok: false, message });

const outboundModules: ReadonlySet<string> = new Set([surveyModules.manualOutbound, surveyModules.automaticOutbound]);

export interface NewSheet {
  moduleId: string;
  result: 'save' | 'submit';
  surveyId: string;
  custId?: string;
  serviceId1?: string;
}

/** CEC §8.1 createScriptAnswer. An outbound module's task id must name one of the tenant's campaigns. */
export async function createSheet(deps: SurveyDeps, vdnId: number, input: NewSheet): Promise<SurveyOutcome<string>> {
  if (!(await deps.repos.surveys.findSurvey(vdnId, input.surveyId))) return fail(`survey ${input.surveyId} does not exist`);
  if (input.serviceId1 && outboundModules.has(input.moduleId)) {
    const campaignId = /^\d{1,15}$/.test(input.serviceId1) ? Number(input.serviceId1) : undefined;
    if (campaignId === undefined || !(await deps.repos.isalesCampaigns.find(vdnId, campaignId))) return fail(`outbound task ${input.serviceId1} does not exist`);
  }
  const now = deps.clock.now();
  const surveyAnswerId = deps.ids.next();
  await deps.repos.surveys.insertSheet({
    vdnId,
    surveyAnswerId,
    surveyId: input.surveyId,
    moduleId: input.moduleId,
    custId: input.custId || null,
    serviceId1: input.serviceId1 || null,
    result: input.result,
    operScore: null,
    createdAtMs: now,
    updatedAtMs: now,
  });
  return ok(surveyAnswerId);
}

export interface QuestionView {
  score: number;
  oprRule: Record<string, unknown>;
  questionId: string;
  answerNo: number;
  optionIdList: Array<{ optionId: string; content: string }>;
  questionType: string;
  content: string;
}

/** CEC §8.2 getNextQuestionInfo: the first question, or the one after `questionId` (with option jumps). */
export async function questionAfter(deps: SurveyDeps, vdnId: number, surveyId: string, questionId: string | undefined, chosen: readonly string[]): Promise<SurveyOutcome<QuestionView>> {
  if (!(await deps.repos.surveys.findSurvey(vdnId, surveyId))) return fail(`survey ${surveyId} does not exist`);
  const questions = (await deps.repos.surveys.listQuestions(vdnId, surveyId)).map((row) => ({ ...row, options: JSON.parse(row.options) as SurveyOption[] }));
  const next = nextQuestion(questions, questionId, chosen);
  if (next.kind === 'unknownQuestion') return fail(`question ${questionId} is not in survey ${surveyId}`);
  if (next.kind === 'unknownOption') return fail(`option ${next.optionId} is not an option of question ${questionId}`);
  if (next.kind === 'end') return fail(`survey ${surveyId} has no question after ${questionId}`);
  const q = next.question;
  return ok({
    score: q.score,
    oprRule: JSON.parse(q.oprRule) as Record<string, unknown>,
    questionId: q.questionId,
    answerNo: q.answerNo,
    optionIdList: q.options.map((o) => ({ optionId: o.optionId, content: o.content })),
    questionType: q.questionType,
    content: q.content,
  });
}

export interface AnswerFields {
  answerText?: string;
  voiceScore?: number;
  operScore?: number;
  costTime?: number;
}

export interface NewAnswer extends AnswerFields {
  questionId: string;
  surveyAnswerId: string;
  surveyId: string;
  optionId?: string;
}

async function openSheet(deps: SurveyDeps, vdnId: number, surveyAnswerId: string): Promise<SurveyOutcome<ScriptAnswerRow>> {
  const sheet = await deps.repos.surveys.findSheet(vdnId, surveyAnswerId);
  if (!sheet) return fail(`answer ${surveyAnswerId} does not exist`);
  // Submitting is final (note 04 §5.22): a submitted sheet no longer changes.
  if (sheet.result === 'submit') return fail(`answer ${surveyAnswerId} is already submitted`);
  return ok(sheet);
}

function scoreProblem(fields: AnswerFields): string | undefined {
  for (const name of ['voiceScore', 'operScore'] as const) {
    const value = fields[name];
    if (value !== undefined && !isDecimal11x2(value)) return `${name} must be a DECIMAL(11,2)`;
  }
  return undefined;
}

/** CEC §8.3 createQuestionAnswer: one answer per question of a sheet (amend it with 8.4). */
export async function createAnswer(deps: SurveyDeps, vdnId: number, input: NewAnswer): Promise<SurveyOutcome<string>> {
  const sheet = await openSheet(deps, vdnId, input.surveyAnswerId);
  if (!sheet.ok) return sheet;
  if (sheet.value.surveyId !== input.surveyId) return fail(`answer ${input.surveyAnswerId} belongs to survey ${sheet.value.surveyId}`);
  const question = (await deps.repos.surveys.listQuestions(vdnId, input.surveyId)).find((q: SurveyQuestionRow) => q.questionId === input.questionId);
  if (!question) return fail(`question ${input.questionId} is not in survey ${input.surveyId}`);
  const options = JSON.parse(question.options) as SurveyOption[];
  if (input.optionId && !options.some((o) => o.optionId === input.optionId)) return fail(`option ${input.optionId} is not an option of question ${input.questionId}`);
  const problem = scoreProblem(input);
  if (problem) return fail(problem);
  if (await deps.repos.surveys.findAnswerOf(vdnId, input.surveyAnswerId, input.questionId)) return fail(`question ${input.questionId} is already answered; update the answer instead`);
  const now = deps.clock.now();
  const questionAnswerId = deps.ids.next();
  await deps.repos.surveys.insertAnswer({
    vdnId,
    questionAnswerId,
    surveyAnswerId: input.surveyAnswerId,
    surveyId: input.surveyId,
    questionId: input.questionId,
    answerText: input.answerText ?? null,
    voiceScore: input.voiceScore ?? null,
    operScore: input.operScore ?? null,
    optionId: input.optionId || null,
    costTime: input.costTime ?? null,
    createdAtMs: now,
    updatedAtMs: now,
  });
  return ok(questionAnswerId);
}

/** CEC §8.4 updateQuestionAnswer: patches the fields sent; the others keep their values. */
export async function updateAnswer(deps: SurveyDeps, vdnId: number, questionAnswerId: string, fields: AnswerFields): Promise<SurveyOutcome<void>> {
  const answer = await deps.repos.surveys.findAnswer(vdnId, questionAnswerId);
  if (!answer) return fail(`question answer ${questionAnswerId} does not exist`);
  const sheet = await openSheet(deps, vdnId, answer.surveyAnswerId);
  if (!sheet.ok) return sheet;
  const problem = scoreProblem(fields);
  if (problem) return fail(problem);
  const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  await deps.repos.surveys.updateAnswer(vdnId, questionAnswerId, { ...changes, updatedAtMs: deps.clock.now() });
  return ok(undefined);
}

/** CEC §8.5 updateScriptAnswer: save keeps the sheet open, submit closes it. */
export async function updateSheet(deps: SurveyDeps, vdnId: number, surveyAnswerId: string, result: 'save' | 'submit'): Promise<SurveyOutcome<void>> {
  const sheet = await openSheet(deps, vdnId, surveyAnswerId);
  if (!sheet.ok) return sheet;
  await deps.repos.surveys.updateSheet(vdnId, surveyAnswerId, { result, updatedAtMs: deps.clock.now() });
  return ok(undefined);
}
