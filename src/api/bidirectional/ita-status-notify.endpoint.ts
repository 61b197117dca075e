import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import { bareEnvelope } from '../../http/envelope/index.ts';
import { receiveItaCdr, type ItaCdr } from '../../services/bidirectional/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';

const text = Type.Optional(Type.Union([Type.String(), Type.Number()]));

/**
 * CEC §6.2.13 statusnotify (ref L17939–18045): the ITA (the carrier's privacy-number platform)
 * pushes the CDR of a bidirectional call; we answer 200 with `{}` in UTF-8 JSON (ref L18036; the
 * server writes every JSON reply as `application/json;charset=UTF-8`). The ITA signs with SDK-HMAC-SHA256
 * instead of a bearer token, so the route is open and the service verifies the signature.
 */
export const itaStatusNotifyEndpoint = defineEndpoint({
  section: '6.2.13',
  name: 'statusnotify',
  summary: 'Sending an ITA bidirectional call result notification',
  method: 'POST',
  path: '/apiaccess/rest/cc-management/v1/ita/twopartiescall/statusnotify',
  pathAliases: ['/twopartiescall/statusnotify'],
  auth: 'none',
  envelope: bareEnvelope,
  body: Type.Object({
    callID: Type.String({ minLength: 1, maxLength: 128 }),
    remark: Type.String({ minLength: 1, maxLength: 64 }),
    startTime: text,
    finishTime: text,
    callDuration: text,
    callerAnswerTime: text,
    calledAnswerTime: text,
    releaseCause: text,
    appKey: text,
    telA: text,
    telX: text,
    telB: text,
    calledDisplay: text,
    calleeDisplay: text,
  }),
  keyAliases: { callID: ['callId'] },
  response: Type.Object({}),
  errors: ['400', '401'],
  async handler({ body, services, request }) {
    const url = new URL(request.url, 'http://localhost');
    const strings = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, v === undefined ? undefined : String(v)])) as ItaCdr;
    const outcome = await receiveItaCdr(services, { method: request.method, path: url.pathname, query: [...url.searchParams.entries()], headers: request.headers, body: request.rawBody ?? JSON.stringify(request.body) }, strings);
    if (!outcome.ok) throw new CecError(outcome.code, outcome.message, { httpStatus: Number(outcome.code) });
    return {};
  },
});
