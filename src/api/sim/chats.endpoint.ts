import { Type } from '@sinclair/typebox';
import { customerSends, findSession, startScriptedChat } from '../../engine/index.ts';
import { CecError } from '../../http/cec-error.ts';
import { bareEnvelope } from '../../http/envelope/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';

const ms = (seconds: number | undefined) => (seconds === undefined ? null : Math.round(seconds * 1000));

/**
 * Simulator driver: a web chat customer of a tenant's channel connects and follows a script
 * (patience in queue, messages after an agent answers, when it leaves), on the engine clock.
 * `{"vdnId":1,"channelId":"202102193196869708","userId":"c1","patienceSeconds":60,"messages":[{"afterSeconds":5,"content":"hi"}],"leaveAfterSeconds":30}`.
 */
export const openChat = defineEndpoint({
  section: 'sim.chats',
  name: 'chats',
  summary: 'A simulated customer opens a web chat',
  method: 'POST',
  path: '/sim/v1/chats',
  auth: 'sim',
  envelope: bareEnvelope,
  body: Type.Object({
    vdnId: Type.Optional(Type.Integer({ minimum: 1, maximum: 9999 })),
    channelId: Type.String({ minLength: 1, maxLength: 64 }),
    userId: Type.String({ minLength: 1, maxLength: 32 }),
    patienceSeconds: Type.Optional(Type.Number({ minimum: 0, maximum: 86_400 })),
    messages: Type.Optional(Type.Array(Type.Object({ afterSeconds: Type.Number({ minimum: 0, maximum: 86_400 }), content: Type.String({ minLength: 1, maxLength: 1024 }) }), { maxItems: 100 })),
    leaveAfterSeconds: Type.Optional(Type.Number({ minimum: 0, maximum: 86_400 })),
  }),
  response: Type.Object({ resultCode: Type.String(), resultDesc: Type.String(), callId: Type.Union([Type.String(), Type.Null()]), state: Type.String() }),
  async handler({ body, services }) {
    const vdnId = body.vdnId ?? 1;
    if (!(await services.repos.vdns.find(vdnId))) throw new CecError('404', `no tenant ${vdnId}`, { httpStatus: 404 });
    const engine = await services.cti.registry.get(vdnId);
    const script = { channelId: body.channelId, userId: body.userId, patienceMs: ms(body.patienceSeconds), messages: (body.messages ?? []).map((m) => ({ afterMs: Math.round(m.afterSeconds * 1000), content: m.content })), leaveAfterMs: ms(body.leaveAfterSeconds) };
    const outcome = engine.run(() => startScriptedChat(engine, script));
    await services.cti.records.flushed();
    const session = findSession(engine, body.channelId, body.userId);
    return { resultCode: outcome.code, resultDesc: outcome.desc, callId: session?.callId ?? null, state: session?.state ?? 'none' };
  },
});

/** Simulator driver: the chat customer leaves (DISCONNECT). */
export const leaveChat = defineEndpoint({
  section: 'sim.chats.leave',
  name: 'chats/leave',
  summary: 'A simulated chat customer leaves',
  method: 'POST',
  path: '/sim/v1/chats/{userId}/leave',
  auth: 'sim',
  envelope: bareEnvelope,
  params: Type.Object({ userId: Type.String({ minLength: 1, maxLength: 32 }) }),
  body: Type.Object({ vdnId: Type.Optional(Type.Integer({ minimum: 1, maximum: 9999 })), channelId: Type.String({ minLength: 1, maxLength: 64 }) }),
  response: Type.Object({ resultCode: Type.String(), resultDesc: Type.String() }),
  async handler({ params, body, services }) {
    const vdnId = body.vdnId ?? 1;
    if (!(await services.repos.vdns.find(vdnId))) throw new CecError('404', `no tenant ${vdnId}`, { httpStatus: 404 });
    const engine = await services.cti.registry.get(vdnId);
    const outcome = engine.run(() => customerSends(engine, { channelId: body.channelId, userId: params.userId, controlType: 'DISCONNECT', mediaType: 'TEXT' }));
    await services.cti.records.flushed();
    return { resultCode: outcome.code, resultDesc: outcome.desc };
  },
});
