import { Type } from '@sinclair/typebox';
import { omaEnvelope } from '../../http/envelope/index.ts';
import { applyImcEvent, imcKeys, openImcMessage, sealImcMessage } from '../../services/oma/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';

const sealed = { data: Type.Optional(Type.String({ maxLength: 1_000_000 })), signature: Type.Optional(Type.String({ maxLength: 512 })) };

/**
 * CEC §15.1.3 IMC callback: `data` is decrypted and `signature` verified as decision 1505 says
 * (AES-256-GCM, HMAC-SHA256 over `data`, keys from `--imc-secret`), and the order or customer
 * change it carries is stored (§15.1.1, §15.1.2 show it). The body may come wrapped in `reqBody`
 * (Table 15-9) or bare (the example). The reply's `data` is the acknowledgement, encrypted the
 * same way. Missing parts or an undecryptable message 400, a wrong signature 401, an unknown
 * tenant 500 ("check the values of parameters").
 */
export const imcCallback = defineEndpoint({
  section: '15.1.3',
  name: 'imcopenapi/callback',
  summary: 'Calling back data by the Huawei IMC',
  method: 'POST',
  path: '/apiaccess/rest/oma/v1/imcopenapi/callback',
  auth: 'none',
  envelope: omaEnvelope,
  body: Type.Object({ ...sealed, reqBody: Type.Optional(Type.Object(sealed)) }),
  response: Type.Object({ code: Type.String(), message: Type.String(), data: Type.String() }),
  errors: ['400', '401', '500'],
  async handler({ body, services }) {
    const data = body.data ?? body.reqBody?.data;
    const signature = body.signature ?? body.reqBody?.signature;
    if (!data || !signature) throw omaEnvelope.generic('invalidParameter', 'data and signature are required');
    const keys = imcKeys(services.settings.imcSecret);
    const opened = openImcMessage(keys, data, signature);
    if (!opened.ok && opened.reason === 'signature') throw omaEnvelope.generic('unauthorized', 'the signature does not verify');
    if (!opened.ok) throw omaEnvelope.generic('invalidParameter', 'data cannot be decrypted');
    const outcome = await applyImcEvent(services.repos, opened.message, services.clock.now());
    if (outcome === 'invalid') throw omaEnvelope.generic('invalidParameter', 'the message is not a subscription or customer event');
    if (outcome === 'unknownTenant') throw omaEnvelope.generic('internal', 'no such VDN');
    const event = opened.message as { eventType: string; vdnId: unknown };
    const ack = sealImcMessage(keys, { eventType: event.eventType, vdnId: String(event.vdnId), result: 'stored' }, services.secrets.hex(12));
    return { code: '200', message: 'success', data: ack.data };
  },
});
