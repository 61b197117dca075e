import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import { openSession } from '../../engine/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { chatEnvelope, chatTenant } from './chat-envelope.ts';

/**
 * CEC §11.1 applyToken (ref L38961–39048): a one-hour `ccmessaging-token` for one customer
 * (userId 1–32 characters) of one configured channel. An unknown channel is a failure (`1`).
 */
export const applyToken = defineEndpoint({
  section: '11.1',
  name: 'applyToken',
  summary: 'Performing third-party request authentication',
  method: 'POST',
  path: '/apiaccess/ccmessaging/applyToken',
  auth: 'C1',
  envelope: chatEnvelope,
  body: Type.Object({
    userId: Type.String({ minLength: 1, maxLength: 32 }),
    userName: Type.String({ maxLength: 256 }),
    channelId: Type.String({ minLength: 1, maxLength: 64 }),
    locale: Type.String({ maxLength: 16 }),
  }),
  invalidParameterCode: '1',
  response: Type.Object({ token: Type.String() }),
  errors: ['1'],
  async handler({ body, auth, services }) {
    const vdnId = chatTenant(auth);
    const engine = await services.cti.registry.get(vdnId);
    if (!engine.config.chat?.channels.has(body.channelId)) throw new CecError('1', 'none channel config found.');
    engine.run(() => openSession(engine, body.channelId, body.userId, { userName: body.userName, locale: body.locale }));
    const token = services.chat.tokens.issue({ vdnId, channelId: body.channelId, userId: body.userId, userName: body.userName, locale: body.locale });
    return { token };
  },
});
