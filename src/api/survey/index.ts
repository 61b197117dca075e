import type { ApiEndpoint } from '../define-endpoint.ts';
import { createQuestionAnswerEndpoint } from './create-question-answer.endpoint.ts';
import { createScriptAnswerEndpoint } from './create-script-answer.endpoint.ts';
import { getNextQuestionInfoEndpoint } from './get-next-question-info.endpoint.ts';
import { updateQuestionAnswerEndpoint } from './update-question-answer.endpoint.ts';
import { updateScoreEndpoint } from './update-score.endpoint.ts';
import { updateScriptAnswerEndpoint } from './update-script-answer.endpoint.ts';

/** CEC chapter 8: CC-Survey answer sheets over C1, and the UEBA exam score update. */
export const surveyEndpoints: readonly ApiEndpoint[] = [
  createScriptAnswerEndpoint,
  getNextQuestionInfoEndpoint,
  createQuestionAnswerEndpoint,
  updateQuestionAnswerEndpoint,
  updateScriptAnswerEndpoint,
  updateScoreEndpoint,
];
