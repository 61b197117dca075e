import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { chatCaller, chatEnvelope } from './chat-envelope.ts';

/**
 * CEC §11.14 doLeaveMessage (ref L40533–40620): the customer leaves a message to be called back
 * (leave-message mode when no agent is on duty). Kept per tenant for agents to handle (decision 1108).
 */
export const doLeaveMessage = defineEndpoint({
  section: '11.14',
  name: 'doLeaveMessage',
  summary: 'Leaving a message',
  method: 'POST',
  path: '/apiaccess/ccmessaging/doLeaveMessage',
  auth: 'C1',
  envelope: chatEnvelope,
  body: Type.Object({
    callId: Type.Optional(Type.String({ maxLength: 64 })),
    caller: Type.Optional(Type.String({ maxLength: 32 })),
    leaveMessage: Type.Optional(Type.String({ maxLength: 2048 })),
    channel: Type.Optional(Type.String({ maxLength: 16 })),
  }),
  invalidParameterCode: '3',
  response: Type.Object({}),
  errors: ['3', '13'],
  async handler(ctx) {
    const { body, services } = ctx;
    const { vdnId, grant } = await chatCaller(ctx);
    if (!body.leaveMessage || !body.caller || (body.channel !== undefined && body.channel.toUpperCase() !== 'WEB')) throw new CecError('3', 'the leaveMessageParams is error.');
    try {
      await services.repos.chat.insertLeaveMessage({ id: services.ids.next(), vdnId, channelId: grant.channelId, userId: grant.userId, callId: body.callId ?? grant.userId, caller: body.caller, message: body.leaveMessage, createdAtMs: services.clock.now() });
    } catch {
      throw new CecError('13', 'Save leaveMessage failed!');
    }
    return { resultDesc: 'Save leaveMessage success!' };
  },
});
