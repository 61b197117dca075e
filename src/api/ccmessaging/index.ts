import type { ApiEndpoint } from '../define-endpoint.ts';
import { applyToken } from './apply-token.endpoint.ts';
import { poll } from './poll.endpoint.ts';
import { queryQueueInfo } from './query-queue-info.endpoint.ts';
import { send } from './send.endpoint.ts';
import { downloadFileStream, uploadFileStream } from './file-stream.endpoint.ts';
import { feedbackSatisfaction, getSatisfactionSurveyMode, saveSatisfaction } from './satisfaction.endpoint.ts';
import { doLeaveMessage } from './leave-message.endpoint.ts';
import { queryHistoryChatMessage } from './history.endpoint.ts';

/** Chapter 11: the customer side of web chat (`ccmessaging`, C1 + ccmessaging-token). */
export const ccmessagingEndpoints: readonly ApiEndpoint[] = [
  applyToken,
  queryQueueInfo,
  poll,
  saveSatisfaction,
  send,
  uploadFileStream,
  downloadFileStream,
  doLeaveMessage,
  feedbackSatisfaction,
  queryHistoryChatMessage,
  getSatisfactionSurveyMode,
];
