/**
 * The rules of CC-Survey answer sheets (CEC ch. 8, decision 1150): which question comes next, and
 * the operation score of the UEBA update. Pure functions over the seeded questionnaire.
 */

export interface SurveyOption {
  optionId: string;
  content: string;
  nextQuestionId?: string;
}

export interface SurveyQuestion {
  questionId: string;
  answerNo: number;
  questionType: string;
  options: readonly SurveyOption[];
}

/** The module ids of 8.1 (ref L29669). */
export const surveyModules = { manualOutbound: '80031', automaticOutbound: '80081', intelligentTraining: '80083' } as const;

export type NextQuestion<Q> = { kind: 'question'; question: Q } | { kind: 'unknownQuestion' } | { kind: 'unknownOption'; optionId: string } | { kind: 'end' };

/**
 * CEC §8.2 (ref L29760–29773): without `questionId` the first question; otherwise the one after it.
 * An option chosen in `answerOptionList` may name the question to jump to (a branching survey,
 * note 04 §5.22); the first chosen option with a jump wins. `questions` are in number order.
 */
export function nextQuestion<Q extends SurveyQuestion>(questions: readonly Q[], currentId: string | undefined, chosenOptions: readonly string[]): NextQuestion<Q> {
  if (currentId === undefined || currentId === '') return questions[0] ? { kind: 'question', question: questions[0] } : { kind: 'end' };
  const index = questions.findIndex((q) => q.questionId === currentId);
  if (index < 0) return { kind: 'unknownQuestion' };
  const current = questions[index]!;
  let jump: string | undefined;
  for (const optionId of chosenOptions) {
    const option = current.options.find((o) => o.optionId === optionId);
    if (!option) return { kind: 'unknownOption', optionId };
    jump ??= option.nextQuestionId;
  }
  const target = jump !== undefined ? questions.find((q) => q.questionId === jump) : questions[index + 1];
  return target ? { kind: 'question', question: target } : { kind: 'end' };
}

/** A DECIMAL(11,2) of the reference: up to 9 integer digits and 2 decimals. */
export function isDecimal11x2(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) < 1e9 && Math.abs(Math.round(value * 100) - value * 100) < 1e-6;
}

/** 8.6 `result`: "a maximum of eight digits before the decimal point, and two decimal places" (ref L30171). */
export function parseUebaResult(text: string): number | undefined {
  return /^\d{1,8}(\.\d{1,2})?$/.test(text) ? Number(text) : undefined;
}

/**
 * CEC §8.6 (ref L30171): Score = weight of the operation score × question score / 100 × UEBA
 * score (100-point) / 100, rounded to the reference's two decimals.
 */
export function operationScore(quotiety: number, questionScore: number, uebaScore: number): number {
  return Math.round(((quotiety * questionScore) / 100) * (uebaScore / 100) * 100) / 100;
}
