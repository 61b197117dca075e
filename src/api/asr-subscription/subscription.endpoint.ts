import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { subscriptionEnvelope } from './subscription-envelope.ts';

/** "This parameter cannot be left empty or set to null" (Tables 6-406, 6-412, 6-414). */
const ServerId = Type.String({ minLength: 1, maxLength: 64, not: Type.Literal('null') });
const SubscriptionFields = {
  serviceCallBackUri: Type.String({ minLength: 1, maxLength: 200, pattern: '^https?://' }),
  nlpFlag: Type.Boolean(),
  flowAccessCode: Type.Optional(Type.String({ maxLength: 64 })),
};
const ServerIdResult = Type.Object({ result: Type.Object({ serverId: Type.String() }) });
const common = { auth: 'C5' as const, envelope: subscriptionEnvelope };
const spec = (body: { serviceCallBackUri: string; nlpFlag: boolean; flowAccessCode?: string }) => ({ serviceCallBackUri: body.serviceCallBackUri, nlpFlag: body.nlpFlag, flowAccessCode: body.nlpFlag ? body.flowAccessCode || null : null });

/**
 * CEC §6.3.1 register (Table 6-403): a subscription of type 1 (recognition), kept in the store, that
 * lives while it is handshaken (decision 0464). While it lives, every speaker turn of the tenant's
 * recorded calls is pushed to `{serviceCallBackUri}/v100/subscribe/asrevent/asresult` with
 * `service_token`, in order per call, with nlpResult when nlpFlag is set and the tenant has the chatbot.
 */
export const subscribeRegister = defineEndpoint({
  ...common,
  section: '6.3.1',
  name: 'register',
  summary: 'Subscribing to voice recognition results',
  method: 'POST',
  path: '/agentgateway/resource/config/subscribe/register',
  body: Type.Object({ subscribeType: Type.Literal('1'), serviceToken: Type.Optional(Type.String({ maxLength: 256 })), ...SubscriptionFields }),
  keyAliases: { serviceCallBackUri: ['serviceCallBack Uri', 'serviceCallbackUri'] },
  response: ServerIdResult,
  errors: ['107-002', '107-007', '107-001'],
  async handler({ body, auth, services }) {
    const subscription = await services.asr.subscriptions.register(auth.vdnId, body.subscribeType, body.serviceToken || null, spec(body));
    return { message: 'success', result: { serverId: subscription.serverId } };
  },
});

/** CEC §6.3.2 modify?serverId (Table 6-408): new callback, NLP flag and flow; an unknown or lapsed serverId: 107-028. */
export const subscribeModify = defineEndpoint({
  ...common,
  section: '6.3.2',
  name: 'modify',
  summary: 'Modifying a voice recognition subscription',
  method: 'POST',
  path: '/agentgateway/resource/config/subscribe/modify?serverId={serverId}',
  query: Type.Object({ serverId: ServerId }),
  body: Type.Object(SubscriptionFields),
  response: ServerIdResult,
  errors: ['107-002', '107-007', '107-028'],
  async handler({ body, query, auth, services }) {
    if (!(await services.asr.subscriptions.modify(auth.vdnId, query.serverId, spec(body)))) throw new CecError('107-028', 'Subscription request failed: no such subscription.');
    return { message: 'success', result: { serverId: query.serverId } };
  },
});

/** CEC §6.3.3 unregister {serverId}: ends the subscription; an unknown or lapsed one: 107-031. */
export const subscribeUnregister = defineEndpoint({
  ...common,
  section: '6.3.3',
  name: 'unregister',
  summary: 'Unsubscribing from voice recognition results',
  method: 'PUT',
  path: '/agentgateway/resource/config/subscribe/unregister',
  body: Type.Object({ serverId: ServerId }),
  response: Type.Object({}),
  errors: ['107-002', '107-007', '107-031'],
  async handler({ body, auth, services }) {
    if (!(await services.asr.subscriptions.unregister(auth.vdnId, body.serverId))) throw new CecError('107-031', 'Failed to deregister the subscription.');
    return { message: 'success' };
  },
});

/** CEC §6.3.4 handshake/{serverid} (GET): keeps the subscription for five more minutes; lapsed or unknown: 107-032. */
export const subscribeHandshake = defineEndpoint({
  ...common,
  section: '6.3.4',
  name: 'handshake',
  summary: 'Handshake of a voice recognition subscription',
  method: 'GET',
  path: '/agentgateway/resource/config/subscribe/handshake/{serviceid}',
  params: Type.Object({ serviceid: ServerId }),
  response: Type.Object({}),
  errors: ['107-002', '107-007', '107-032'],
  async handler({ params, auth, services }) {
    if ((await services.asr.subscriptions.handshake(auth.vdnId, params.serviceid)) !== 'ok') throw new CecError('107-032', 'Subscription handshake failed.');
    return { message: 'success' };
  },
});

/**
 * CEC §6.3.5 handshake/{serverid} (POST): the same, proving the registered token in
 * `service_token` (Table 6-418); a missing one 107-002, another one 107-051 (decision 0464).
 */
export const subscribeHandshakeEx = defineEndpoint({
  ...common,
  section: '6.3.5',
  name: 'handshakeEx',
  summary: 'Extended handshake of a voice recognition subscription',
  method: 'POST',
  path: '/agentgateway/resource/config/subscribe/handshake/{serviceid}',
  params: Type.Object({ serviceid: ServerId }),
  response: Type.Object({}),
  errors: ['107-002', '107-007', '107-032', '107-051'],
  async handler({ params, auth, services, request }) {
    const token = request.headers['service_token'] ?? request.headers['service-token'];
    if (typeof token !== 'string' || token === '' || token.length > 256) throw new CecError('107-002', 'Invalid input parameter: the service_token header is missing.');
    const outcome = await services.asr.subscriptions.handshake(auth.vdnId, params.serviceid, token);
    if (outcome === 'unknown') throw new CecError('107-032', 'Subscription handshake failed.');
    if (outcome === 'badToken') throw new CecError('107-051', 'Invalid service token.');
    return { message: 'success' };
  },
});
