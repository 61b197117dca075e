import type { ApiEndpoint } from '../define-endpoint.ts';
import { applyToken } from './apply-token.endpoint.ts';
import { poll } from './poll.endpoint.ts';
import { queryQueueInfo } from './query-queue-info.endpoint.ts';
import { send } from './send.endpoint.ts';

/** Chapter 11: the customer side of web chat (`ccmessaging`, C1 + ccmessaging-token). */
export const ccmessagingEndpoints: readonly ApiEndpoint[] = [applyToken, queryQueueInfo, poll, send];
