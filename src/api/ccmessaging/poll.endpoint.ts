import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import { takeDownlink } from '../../engine/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { chatCaller, chatEnvelope } from './chat-envelope.ts';

/**
 * CEC §11.3 poll (ref L39166–39394): the messages waiting for the customer (agent, robot, system),
 * each returned exactly once, oldest first. READ receipts only with `isNeedRead=true`. Polling
 * another user's mailbox is refused (`1`). The reference documents no hold: a poll answers at once,
 * empty when nothing waits (decision 1103).
 */
export const poll = defineEndpoint({
  section: '11.3',
  name: 'poll',
  summary: 'Proactively polling messages sent by agents',
  method: 'GET',
  path: '/apiaccess/ccmessaging/poll',
  auth: 'C1',
  envelope: chatEnvelope,
  query: Type.Object({
    receiverId: Type.String({ minLength: 1, maxLength: 64 }),
    channel: Type.String({ minLength: 1, maxLength: 16 }),
    isNeedRead: Type.Optional(Type.String({ maxLength: 16 })),
  }),
  invalidParameterCode: '1',
  response: Type.Object({ downlinkMessages: Type.Array(Type.Object({}, { additionalProperties: true })) }),
  errors: ['1'],
  async handler(ctx) {
    const { query } = ctx;
    const { engine, grant } = await chatCaller(ctx);
    if (query.channel.toUpperCase() !== 'WEB') throw new CecError('1', 'The channel must be WEB.');
    if (query.receiverId !== grant.userId) throw new CecError('1', 'The receiverId is not the user of the ccmessaging-token.');
    const downlinkMessages = engine.run(() => takeDownlink(engine, grant.channelId, grant.userId, query.isNeedRead === 'true'));
    return { resultDesc: 'query user messages success.', downlinkMessages };
  },
});
