import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import { controlTypeOf, mediaTypeOf } from '../../domain/chat/index.ts';
import { customerSends } from '../../engine/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { chatCaller, chatCommand, chatEnvelope } from './chat-envelope.ts';

const text = (maxLength: number) => Type.Optional(Type.String({ maxLength }));

/**
 * CEC §11.5 send (ref L39489–39760): the customer's uplink message, by controlType (CONNECT,
 * CHAT, TRANS2AGENT, INPUT, DISCONNECT, READ) and mediaType, with the result codes and
 * descriptions of Table 11-20 (note 06 §5.1). `from` must be the token's user and `to` its
 * channel; `offlineMsg` comes in leave-message mode; 12 outside the channel's working time
 * (decision 1111).
 */
export const send = defineEndpoint({
  section: '11.5',
  name: 'send',
  summary: 'Sending a message',
  method: 'POST',
  path: '/apiaccess/ccmessaging/send',
  auth: 'C1',
  envelope: chatEnvelope,
  body: Type.Object({
    channel: Type.String({ minLength: 1, maxLength: 16 }),
    content: text(65_536),
    controlType: Type.String({ minLength: 1, maxLength: 16 }),
    from: Type.String({ minLength: 1, maxLength: 64 }),
    mediaType: Type.String({ minLength: 1, maxLength: 16 }),
    senderNickname: text(256),
    sourceType: Type.String({ minLength: 1, maxLength: 16 }),
    timestamp: Type.Optional(Type.Union([Type.String({ maxLength: 20 }), Type.Number()])),
    to: Type.String({ minLength: 1, maxLength: 64 }),
    userAgent: text(1024),
    senderAvatar: text(2048),
    messageId: Type.Optional(Type.String({ maxLength: 32, pattern: '^[^,]*$' })),
    transData: text(4096),
  }),
  keyAliases: { messageId: ['messageld'] },
  invalidParameterCode: '3',
  response: Type.Object({ offlineMsg: Type.Optional(Type.Object({ isOfflineStatus: Type.Boolean(), tipText: Type.String() })) }),
  errors: ['3', '11', '12', '13'],
  async handler(ctx) {
    const { body } = ctx;
    const { engine, grant } = await chatCaller(ctx);
    const controlType = controlTypeOf(body.controlType);
    const mediaType = mediaTypeOf(body.mediaType);
    if (!controlType || !mediaType || body.channel.toUpperCase() !== 'WEB' || body.sourceType.toUpperCase() !== 'CUSTOMER') throw new CecError('3', 'Incorrect request: channel, controlType, mediaType or sourceType is not supported.');
    if (body.from !== grant.userId || body.to !== grant.channelId) throw new CecError('13', `${controlType === 'CONNECT' ? 'connect' : 'chat'} failed, session keep touch failed.`);
    const outcome = await chatCommand(ctx.services, engine, () =>
      customerSends(engine, { channelId: grant.channelId, userId: grant.userId, controlType, mediaType, content: body.content, senderNickname: body.senderNickname ?? grant.userName, messageId: body.messageId, transData: body.transData, userAgent: body.userAgent }),
    );
    const offlineMsg = outcome.offline ? { isOfflineStatus: true, tipText: outcome.offline.tipText } : undefined;
    if (outcome.code !== '0') throw new CecError(outcome.code, outcome.desc, offlineMsg ? { extra: { offlineMsg } } : {});
    return { resultDesc: outcome.desc, ...(offlineMsg && { offlineMsg }) };
  },
});
