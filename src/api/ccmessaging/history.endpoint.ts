import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import type { ChatMessageRow } from '../../store/repositories/chat.repository.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { chatCaller, chatEnvelope } from './chat-envelope.ts';

const digits = (max: number) => Type.Union([Type.String({ maxLength: max, pattern: '^[0-9]*$' }), Type.Integer({ minimum: 0 })]);
/** Messages per page (decision 1104). */
const pageMax = 500;

/** One message as 11.16's example prints it (ref L40816–40844); the customer's own lines are `USER`. */
function historyMessage(row: ChatMessageRow) {
  return {
    id: row.id,
    channel: 'WEB',
    senderNickname: row.senderNickname,
    senderAvatar: null,
    sendTime: row.atMs,
    receiveTime: row.atMs,
    controlType: row.controlType,
    sourceType: row.sender === 'CUSTOMER' ? 'USER' : row.sender,
    mediaType: row.mediaType,
    content: row.content,
    callId: row.callId || null,
    messageCode: row.messageCode,
    associationContentId: null,
    sendStatus: null,
    errorMsg: null,
    isForwarded: false,
    forwardTime: null,
    contentDealType: null,
  };
}

/**
 * CEC §11.16 queryHistoryChatMessage (ref L40713–40851): the customer's messages in a channel,
 * oldest first, paged by offset/limit, within [startTime, endTime] (epoch ms). Only the token's
 * own user and channel (`1` otherwise).
 */
export const queryHistoryChatMessage = defineEndpoint({
  section: '11.16',
  name: 'queryHistoryChatMessage',
  summary: 'Querying historical chat messages',
  method: 'POST',
  path: '/apiaccess/ccmessaging/queryHistoryChatMessage',
  auth: 'C1',
  envelope: chatEnvelope,
  body: Type.Object({
    channelId: Type.String({ minLength: 1, maxLength: 64 }),
    userId: Type.String({ minLength: 1, maxLength: 32 }),
    startTime: Type.Optional(digits(16)),
    endTime: Type.Optional(digits(16)),
    limit: digits(6),
    offset: digits(9),
    channel: Type.Optional(Type.String({ maxLength: 16 })),
  }),
  invalidParameterCode: '1',
  response: Type.Object({ messageList: Type.Array(Type.Object({}, { additionalProperties: true })) }),
  errors: ['1'],
  async handler(ctx) {
    const { body, services } = ctx;
    const { vdnId, grant } = await chatCaller(ctx, '1');
    if (body.userId !== grant.userId || body.channelId !== grant.channelId) throw new CecError('1', 'The userId or channelId is not the one of the ccmessaging-token.');
    const limit = Number(body.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > pageMax) throw new CecError('1', `limit must be 1–${pageMax}.`);
    const num = (v: string | number | undefined) => (v === undefined || v === '' ? undefined : Number(v));
    const rows = await services.repos.chat.history(vdnId, grant.channelId, grant.userId, { fromMs: num(body.startTime), toMs: num(body.endTime), offset: Number(body.offset) || 0, limit });
    return { resultDesc: 'success', messageList: rows.map(historyMessage) };
  },
});
