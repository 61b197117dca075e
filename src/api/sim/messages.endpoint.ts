import { Type } from '@sinclair/typebox';
import { bareEnvelope } from '../../http/envelope/index.ts';
import type { SimMessageRow } from '../../store/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';

const messagesShownMax = 100;
const view = (m: SimMessageRow) => ({ id: m.id, to: m.recipient, subject: m.subject, text: m.body, sentAtMs: m.sentAtMs });
const readQuery = Type.Object({ to: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })) });
const readResponse = Type.Object({ messages: Type.Array(Type.Object({ id: Type.String(), to: Type.String(), subject: Type.String(), text: Type.String(), sentAtMs: Type.Number() })) });

/** A simulator view of one outbox channel, newest first, optionally to one recipient (decision 1506). */
const readOutbox = (channel: SimMessageRow['channel'], name: string, summary: string) =>
  defineEndpoint({
    section: `sim.${name}`,
    name,
    summary,
    method: 'GET',
    path: `/sim/v1/${name}`,
    auth: 'sim',
    envelope: bareEnvelope,
    query: readQuery,
    response: readResponse,
    async handler({ query, services }) {
      return { messages: (await services.repos.trial.messages(channel, query.to, messagesShownMax)).map(view) };
    },
  });

/** The SMS messages the simulated gateway sent (the §17.2 codes). */
export const readSms = readOutbox('sms', 'sms', 'SMS messages the simulated gateway sent');
/** The e-mails the simulated gateway sent (the §17.3 account mails). */
export const readEmails = readOutbox('email', 'emails', 'E-mails the simulated gateway sent');

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
