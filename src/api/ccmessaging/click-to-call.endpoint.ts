import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import { createClickToCall as placeClickToCall, dropClickToCall as hangUpClickToCall, nextClickToCallEvent, openSession } from '../../engine/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { chatCaller, chatCommand, chatEnvelope, type ChatCaller } from './chat-envelope.ts';

const WebChannel = Type.Object({ channel: Type.String({ minLength: 1, maxLength: 16 }) });
const sessionOf = ({ engine, grant }: ChatCaller) => engine.run(() => openSession(engine, grant.channelId, grant.userId, {}));

function requireWeb(channel: string, code: string): void {
  if (channel.toUpperCase() !== 'WEB') throw new CecError(code, 'The channel must be WEB.');
}

/** CEC §11.9 checkClickToCallSupport (ref L40056–40149): what the customer's channel allows. */
export const checkClickToCallSupport = defineEndpoint({
  section: '11.9',
  name: 'checkClickToCallSupport',
  summary: 'Checking whether click-to-dial is supported',
  method: 'GET',
  path: '/apiaccess/ccmessaging/v1/checkClickToCallSupport',
  auth: 'C1',
  envelope: chatEnvelope,
  query: WebChannel,
  invalidParameterCode: '1',
  response: Type.Object({ webRTCSupported: Type.Boolean(), clickToCallSupported: Type.Boolean() }),
  errors: ['1'],
  async handler(ctx) {
    requireWeb(ctx.query.channel, '1');
    const { engine, grant } = await chatCaller(ctx);
    const channel = engine.config.chat?.channels.get(grant.channelId);
    return { resultDesc: '', webRTCSupported: channel?.webRTCSupported ?? false, clickToCallSupported: channel?.clickToCallSupported ?? false };
  },
});

/**
 * CEC §11.10 createClickToCall (ref L40150–40237): places a real voice (0) or video (1) call from
 * the browser into the engine, to the tenant's click-to-dial access code (decision 1110).
 */
export const createClickToCall = defineEndpoint({
  section: '11.10',
  name: 'createClickToCall',
  summary: 'Creating a click-to-dial call',
  method: 'POST',
  path: '/apiaccess/ccmessaging/v1/createClickToCall',
  auth: 'C1',
  envelope: chatEnvelope,
  body: Type.Object({ channel: Type.String({ minLength: 1, maxLength: 16 }), mediaAbility: Type.Union([Type.Literal('0'), Type.Literal('1'), Type.Literal(0), Type.Literal(1)]) }),
  invalidParameterCode: '13',
  response: Type.Object({}),
  errors: ['13'],
  async handler(ctx) {
    requireWeb(ctx.body.channel, '13');
    const caller = await chatCaller(ctx);
    const channel = caller.engine.config.chat?.channels.get(caller.grant.channelId);
    if (!channel?.clickToCallSupported) throw new CecError('13', 'connect failed');
    const session = sessionOf(caller);
    const host = ctx.services.settings.serviceHost;
    const result = await chatCommand(ctx.services, caller.engine, () => placeClickToCall(caller.engine, session, String(ctx.body.mediaAbility) === '1', { domain: host, gwAddresses: [`${host}:${ctx.services.settings.servicePort}`] }));
    if (!result.ok) throw new CecError('13', result.rejection.detail);
    return {};
  },
});

/** CEC §11.11 getClickToCallEvents (ref L40238–40326): the next event of the customer's click-to-dial call. */
export const getClickToCallEvents = defineEndpoint({
  section: '11.11',
  name: 'getClickToCallEvents',
  summary: 'Polling click-to-dial events',
  method: 'GET',
  path: '/apiaccess/ccmessaging/v1/getClickToCallEvents',
  auth: 'C1',
  envelope: chatEnvelope,
  query: WebChannel,
  invalidParameterCode: '1',
  response: Type.Object({ eventId: Type.Optional(Type.String()), content: Type.Optional(Type.Object({}, { additionalProperties: true })) }),
  errors: ['1'],
  async handler(ctx) {
    requireWeb(ctx.query.channel, '1');
    const caller = await chatCaller(ctx);
    const session = sessionOf(caller);
    const event = caller.engine.run(() => nextClickToCallEvent(session));
    if (!event) return { resultDesc: 'ClickToCall polled without any events' };
    return { resultDesc: event.resultDesc, eventId: event.eventId, content: event.content };
  },
});

/** CEC §11.12 dropClickToCall (ref L40327–40417): the browser hangs up its click-to-dial call. */
export const dropClickToCall = defineEndpoint({
  section: '11.12',
  name: 'dropClickToCall',
  summary: 'Releasing a click-to-dial call',
  method: 'POST',
  path: '/apiaccess/ccmessaging/v1/dropClickToCall',
  auth: 'C1',
  envelope: chatEnvelope,
  body: WebChannel,
  invalidParameterCode: '13',
  response: Type.Object({}),
  errors: ['13'],
  async handler(ctx) {
    requireWeb(ctx.body.channel, '13');
    const caller = await chatCaller(ctx);
    const session = sessionOf(caller);
    const result = await chatCommand(ctx.services, caller.engine, () => hangUpClickToCall(caller.engine, session));
    if (!result.ok) throw new CecError('13', 'disconnect failed');
    return { resultDesc: '' };
  },
});
