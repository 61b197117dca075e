import { Type } from '@sinclair/typebox';
import { configGeneric, fieldEnvelope } from '../../http/envelope/index.ts';
import { CecError } from '../../http/cec-error.ts';
import { defineEndpoint } from '../define-endpoint.ts';

/** `{returnCode, returnMsg, data}` of Table 17-2; its failures are return codes 1–4 in an HTTP 200. */
const serviceAuthEnvelope = fieldEnvelope({ name: 'returnMsg', codeField: 'returnCode', messageField: 'returnMsg', successCode: '0', defaultSuccessMessage: 'success', generic: configGeneric('4', '1') });

/** Table 17-2 returnCode. */
const ReturnCode = { empty: '1', invalid: '2', expired: '3' } as const;

/**
 * CEC §17.1 service-pub authentication: verifies a token this platform issued to an app (the C1
 * AccessToken of tokenByAkSk or the C3 authToken) and tells who it belongs to (decision 1502):
 * empty 1, unknown 2, expired 3 (decision 1502). The token comes as `{token}` (the example) or inside
 * `requestBody` (Table 17-1).
 */
export const serviceAuthentication = defineEndpoint({
  section: '17.1',
  name: 'authentication',
  summary: 'Verifying token information',
  method: 'POST',
  path: '/apiaccess/rest/service-pub/authentication',
  auth: 'none',
  envelope: serviceAuthEnvelope,
  body: Type.Object({ token: Type.Optional(Type.String({ maxLength: 512 })), requestBody: Type.Optional(Type.Object({ token: Type.Optional(Type.String({ maxLength: 512 })) })) }),
  response: Type.Object({ data: Type.Object({ userAccount: Type.String(), userId: Type.String(), tenantId: Type.String(), tenantSpaceId: Type.String(), locale: Type.String() }) }),
  errors: ['1', '2', '3', '4'],
  async handler({ body, services }) {
    const token = body.token ?? body.requestBody?.token ?? '';
    if (token === '') throw new CecError(ReturnCode.empty, 'The token is empty.');
    const found = await services.tokens.inspect(token);
    if (found.state === 'expired') throw new CecError(ReturnCode.expired, 'The token has expired.');
    if (found.state !== 'valid' || (found.family !== 'C1' && found.family !== 'C3') || found.grant.vdnId === null) throw new CecError(ReturnCode.invalid, 'The token is invalid.');
    const tenantId = String(found.grant.vdnId);
    return { returnMsg: 'success', data: { userAccount: found.grant.appKey, userId: found.grant.appKey, tenantId, tenantSpaceId: tenantId, locale: 'en_US' } };
  },
});
