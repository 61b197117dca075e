import { Type } from '@sinclair/typebox';
import { bareEnvelope } from '../../http/envelope/index.ts';
import type { SimMessageRow } from '../../store/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';

const messagesShownMax = 100;
const view = (m: SimMessageRow) => ({ id: m.id, to: m.recipient, subject: m.subject, text: m.body, sentAtMs: m.sentAtMs });
const readQuery = Type.Object({ to: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })) });
const readResponse = Type.Object({ messages: Type.Array(Type.Object({ id: Type.String(), to: Type.String(), subject: Type.String(), text: Type.String(), sentAtMs: Type.Number() })) });

/** Simulator: the SMS messages the simulated gateway sent (the §17.2 codes), newest first (decision 1506). */
export const readSms = defineEndpoint({
  section: 'sim.sms',
  name: 'sms',
  summary: 'SMS messages the simulated gateway sent',
  method: 'GET',
  path: '/sim/v1/sms',
  auth: 'sim',
  envelope: bareEnvelope,
  query: readQuery,
  response: readResponse,
  async handler({ query, services }) {
    return { messages: (await services.repos.trial.messages('sms', query.to, messagesShownMax)).map(view) };
  },
});

/** Simulator: the e-mails the simulated gateway sent (the §17.3 account mails), newest first. */
export const readEmails = defineEndpoint({
  section: 'sim.emails',
  name: 'emails',
  summary: 'E-mails the simulated gateway sent',
  method: 'GET',
  path: '/sim/v1/emails',
  auth: 'sim',
  envelope: bareEnvelope,
  query: readQuery,
  response: readResponse,
  async handler({ query, services }) {
    return { messages: (await services.repos.trial.messages('email', query.to, messagesShownMax)).map(view) };
  },
});

/** Simulator: switches the SMS gateway on or off (off: §17.2 answers 204). */
export const setSmsGateway = defineEndpoint({
  section: 'sim.sms.gateway',
  name: 'sms/gateway',
  summary: 'Switch the simulated SMS gateway on or off',
  method: 'PUT',
  path: '/sim/v1/sms/gateway',
  auth: 'sim',
  envelope: bareEnvelope,
  body: Type.Object({ available: Type.Boolean() }),
  response: Type.Object({ available: Type.Boolean() }),
  async handler({ body, services }) {
    services.trial.messaging.smsGatewayAvailable = body.available;
    return { available: body.available };
  },
});
