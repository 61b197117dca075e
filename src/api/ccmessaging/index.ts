import type { ApiEndpoint } from '../define-endpoint.ts';
import { applyToken } from './apply-token.endpoint.ts';
import { poll } from './poll.endpoint.ts';
import { queryQueueInfo } from './query-queue-info.endpoint.ts';
import { send } from './send.endpoint.ts';
import { downloadFileStream, uploadFileStream } from './file-stream.endpoint.ts';
import { feedbackSatisfaction, getSatisfactionSurveyMode, saveSatisfaction } from './satisfaction.endpoint.ts';
import { doLeaveMessage } from './leave-message.endpoint.ts';
import { queryHistoryChatMessage } from './history.endpoint.ts';
import { checkClickToCallSupport, createClickToCall, dropClickToCall, getClickToCallEvents } from './click-to-call.endpoint.ts';
import { dropMail, getUserInfoBycallId } from './workbench.endpoint.ts';
import { sendWhatsappMessage } from './whatsapp.endpoint.ts';
import { createMobileAgentCall, queryPhraseByKeyword } from './mobile-and-phrases.endpoint.ts';

/** Chapter 11: the customer side of web chat (`ccmessaging`, C1 + ccmessaging-token). */
export const ccmessagingEndpoints: readonly ApiEndpoint[] = [
  applyToken,
  queryQueueInfo,
  poll,
  saveSatisfaction,
  send,
  uploadFileStream,
  downloadFileStream,
  queryPhraseByKeyword,
  checkClickToCallSupport,
  createClickToCall,
  getClickToCallEvents,
  dropClickToCall,
  createMobileAgentCall,
  doLeaveMessage,
  feedbackSatisfaction,
  queryHistoryChatMessage,
  dropMail,
  sendWhatsappMessage,
  getUserInfoBycallId,
  getSatisfactionSurveyMode,
];
