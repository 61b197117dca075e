import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import { chatBotOf } from '../../engine/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { chatCaller, chatEnvelope, chatTenant } from './chat-envelope.ts';

/**
 * CEC §11.13 mobileagent/createcall (ref L40418–40532): an anonymous call task for an operator's
 * app; the reply names the SIP server and the `{accessCode}{UVID}` the SDK dials. The task is kept
 * until then (decision 1110).
 */
export const createMobileAgentCall = defineEndpoint({
  section: '11.13',
  name: 'createcall',
  summary: 'Creating an anonymous call',
  method: 'POST',
  path: '/apiaccess/ccmessaging/v1/mobileagent/createcall',
  auth: 'C1',
  envelope: chatEnvelope,
  body: Type.Object({ called: Type.Optional(Type.String({ maxLength: 32 })), callData: Type.Optional(Type.String({ maxLength: 1024 })), callerPresent: Type.Optional(Type.String({ maxLength: 32 })) }),
  invalidParameterCode: '3001000003',
  response: Type.Object({ resultData: Type.Object({ callSerialNo: Type.String(), sipServiceAddress: Type.String(), accesscode: Type.String() }) }),
  errors: ['3001000003', '30010010002'],
  gaps: 'the SDK side is not simulated: the task waits for a SIP call to the access code, which the simulated network does not place (3001000001/2, 30010010001/3, 30010019999, 30011010001/9999, 30010009999 do not occur)',
  async handler({ body, auth, services }) {
    const vdnId = chatTenant(auth);
    if (!body.called || !/^[0-9+*#]+$/.test(body.called) || (body.callerPresent !== undefined && !/^[0-9+*#]*$/.test(body.callerPresent))) throw new CecError('3001000003', 'Input parameter verification failed.');
    const engine = await services.cti.registry.get(vdnId);
    const accessCode = engine.config.chat?.clickToCallAccessCode || engine.config.defaultCallerNumber;
    if (!accessCode) throw new CecError('30010010002', 'The VDN is unavailable.');
    const uvid = String(services.ids.next()).slice(-8);
    return { resultDesc: 'success', resultData: { callSerialNo: String(services.ids.next()), sipServiceAddress: `${services.settings.sipHost}:${services.settings.sipPort}`, accesscode: `${accessCode}${uvid}` } };
  },
});

/**
 * CEC §11.8 queryPhraseByKeyword (ref L39949–40055): up to five FAQ questions for what the customer
 * types, from the chatbot of the tenant; without a chatbot `1` "Robot is no exist".
 */
export const queryPhraseByKeyword = defineEndpoint({
  section: '11.8',
  name: 'queryPhraseByKeyword',
  summary: 'Querying phrases by keyword',
  method: 'POST',
  path: '/apiaccess/ccmessaging/queryPhraseByKeyword',
  auth: 'C1',
  envelope: chatEnvelope,
  body: Type.Object({ strContent: Type.String({ maxLength: 1024 }), locale: Type.String({ maxLength: 16 }), channel: Type.String({ maxLength: 16 }) }),
  invalidParameterCode: '1',
  response: Type.Object({ question: Type.Array(Type.String(), { maxItems: 5 }) }),
  errors: ['1'],
  gaps: 'answers come from the chatbot port (src/engine/chat/chat-bot.ts), which the chatbot issue fills',
  async handler(ctx) {
    const { body } = ctx;
    const { engine } = await chatCaller(ctx, '1');
    if (!/^[a-z]{2,3}$/.test(body.locale)) throw new CecError('1', 'locale is error');
    const bot = chatBotOf(engine);
    if (!bot?.phrases) throw new CecError('1', 'Robot is no exist');
    return { question: bot.phrases(body.strContent, body.locale).slice(0, 5) };
  },
});
