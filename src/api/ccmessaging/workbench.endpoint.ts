import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import { bareEnvelope, returnCodeEnvelope } from '../../http/envelope/index.ts';
import { sessionByCallId } from '../../engine/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { chatTenant } from './chat-envelope.ts';

/**
 * CEC §11.19 getUserInfoBycallId (ref L41146–41215): the chat customer behind a call, as the
 * workbench shows it, from what the token and the customer's messages told. A bare object; a call
 * of no chat (or of another user or tenant) is HTTP 404.
 */
export const getUserInfoBycallId = defineEndpoint({
  section: '11.19',
  name: 'getUserInfoBycallId',
  summary: 'Querying information about the current chat on the online chat workbench',
  method: 'POST',
  path: '/apiaccess/rest/workbench/v1/getUserInfoBycallId',
  auth: 'C1',
  envelope: bareEnvelope,
  body: Type.Object({ callId: Type.String({ minLength: 1, maxLength: 64 }), userId: Type.String({ minLength: 1, maxLength: 32 }), tenantId: Type.Optional(Type.String({ maxLength: 64 })) }),
  response: Type.Object({ userNickname: Type.String(), userId: Type.String(), userAvatar: Type.String(), channel: Type.String(), createTime: Type.String(), channelConfigId: Type.String(), userAgent: Type.String(), clientIp: Type.String(), osName: Type.String(), borderType: Type.String() }),
  errors: ['404'],
  async handler({ body, auth, services }) {
    const vdnId = chatTenant(auth);
    const engine = await services.cti.registry.get(vdnId);
    const session = engine.run(() => sessionByCallId(engine, body.callId));
    if (!session || session.userId !== body.userId) throw new CecError('404', 'The requested content is not found.', { httpStatus: 404 });
    const p = session.profile;
    return { userNickname: p.userName, userId: session.userId, userAvatar: p.senderAvatar, channel: 'WEB', createTime: String(session.createdAtMs), channelConfigId: session.channelId, userAgent: p.userAgent, clientIp: p.clientIp, osName: p.osName, borderType: p.borderType };
  },
});

/**
 * CEC §11.17 chat_dropMail (ref L40852–40927): discards an email of the email channel. `3` when
 * the tenant has no such email.
 */
export const dropMail = defineEndpoint({
  section: '11.17',
  name: 'chat_dropMail',
  summary: 'Discarding an email',
  method: 'POST',
  path: '/apiaccess/rest/ccmessaging/v1/emailchannel/dropMail',
  auth: 'C1',
  envelope: returnCodeEnvelope,
  body: Type.Object({ emailId: Type.String({ minLength: 1, maxLength: 64 }) }),
  invalidParameterCode: '3',
  response: Type.Object({}),
  errors: ['3'],
  gaps: 'no email channel receives emails yet: only emails stored by the platform (repos.chat.upsertEmail) can be dropped',
  async handler({ body, auth, services }) {
    const vdnId = chatTenant(auth);
    const email = await services.repos.chat.findEmail(vdnId, body.emailId);
    if (!email) throw new CecError('3', 'The email ID does not exist.');
    await services.repos.chat.upsertEmail(vdnId, body.emailId, 'discarded', services.clock.now());
    return { description: 'dropMail success' };
  },
});
