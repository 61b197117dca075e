import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import { chatQueueInfo, findSession } from '../../engine/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { chatCaller, chatEnvelope } from './chat-envelope.ts';

const seconds = Type.Integer({ minimum: 0 });

/**
 * CEC §11.2 queryQueueInfo (ref L39049–39165): the customer's real place in its skill queue and
 * the wait times in seconds. A chat that is not waiting answers why (L39111): `5` ended, `160004`
 * no session, `160021` with an agent, `160024` an agent has not answered it yet; `3` a bad token.
 */
export const queryQueueInfo = defineEndpoint({
  section: '11.2',
  name: 'queryQueueInfo',
  summary: 'Querying queuing information',
  method: 'POST',
  path: '/apiaccess/ccmessaging/queryQueueInfo',
  auth: 'C1',
  envelope: chatEnvelope,
  body: Type.Optional(Type.Object({ channelConfigId: Type.Optional(Type.String({ maxLength: 64 })), userId: Type.Optional(Type.String({ maxLength: 32 })) })),
  invalidParameterCode: '1',
  response: Type.Object({ position: seconds, totalWaitTime: seconds, currentDeviceWaitTime: seconds, configMaxcWaitTime: seconds, longestWaitTime: seconds, estimateWaitTime: seconds }),
  errors: ['3', '1', '160004', '5', '160021', '160024'],
  gaps: '160022/160023 (transferred to IVR or a private queue) and 2/4/6/160001 (CCUCS faults) do not occur: chats are not transferred to IVR flows',
  async handler(ctx) {
    const { engine, grant } = await chatCaller(ctx, '3');
    if ((ctx.body?.userId && ctx.body.userId !== grant.userId) || (ctx.body?.channelConfigId && ctx.body.channelConfigId !== grant.channelId)) throw new CecError('1', 'The userId or channelConfigId is not the one of the ccmessaging-token.');
    const session = findSession(engine, grant.channelId, grant.userId);
    if (!session || session.state === 'idle') throw new CecError('160004', 'The session does not exist or has ended.');
    if (session.state === 'ended' || session.state === 'offline') throw new CecError('5', 'The session has ended.');
    if (session.state === 'agent' || session.state === 'robot') throw new CecError('160021', 'The session has been transferred to an agent and is not queuing.');
    const info = engine.run(() => chatQueueInfo(engine, session));
    if (!info) throw new CecError('160024', 'The agent does not answer the session.');
    return { resultDesc: 'The session is queuing', ...info };
  },
});
