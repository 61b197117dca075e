import { Type } from '@sinclair/typebox';
import { safeEqual } from '../../auth/index.ts';
import { apiFabricEnvelope } from '../../http/envelope/index.ts';
import { header } from '../../http/auth/index.ts';
import { limits } from '../../app/limits.ts';
import { defineEndpoint } from '../define-endpoint.ts';

/**
 * CEC §4.2 (ref L1109–1170): exchanges an app key and secret for a bearer AccessToken. The lifetime
 * is `X-Token-Expire` seconds, at most 3600; absent or unreadable, 3600 (decision 0001).
 */
export const tokenByAkSk = defineEndpoint({
  section: '4.2',
  name: 'tokenByAkSk',
  summary: 'C1: obtain an AccessToken with the app key and secret',
  method: 'POST',
  path: '/apigovernance/api/oauth/tokenByAkSk',
  auth: 'none',
  envelope: apiFabricEnvelope,
  body: Type.Object({
    app_key: Type.String({ minLength: 1, maxLength: 128 }),
    app_secret: Type.String({ minLength: 1, maxLength: 256 }),
  }),
  response: Type.Object({
    AccessToken: Type.String(),
    ApplyType: Type.Literal('Bearer'),
    CreateTime: Type.String({ description: 'epoch seconds' }),
    Expires: Type.String({ description: 'seconds' }),
    Scope: Type.String(),
    AppKey: Type.String(),
    UserID: Type.String(),
  }),
  keyAliases: { app_key: ['appKey', 'ak'], app_secret: ['appSecret', 'sk'] },
  async handler({ body, request, services }) {
    const credential = await services.repos.credentials.findAppCredential('aksk', body.app_key);
    if (!credential || !safeEqual(credential.appSecret, body.app_secret)) {
      throw apiFabricEnvelope.generic('unauthorized', 'app_key or app_secret is incorrect');
    }
    const ttlSeconds = tokenTtlSeconds(header(request, 'x-token-expire'));
    const issued = await services.tokens.issue('C1', { vdnId: credential.vdnId, appKey: credential.appKey }, ttlSeconds * 1000);
    return {
      AccessToken: issued.token,
      ApplyType: 'Bearer',
      CreateTime: String(Math.floor(issued.createdAtMs / 1000)),
      Expires: String(ttlSeconds),
      Scope: credential.vdnId === null ? 'global' : `vdn:${credential.vdnId}`,
      AppKey: credential.appKey,
      UserID: 'Anonymous',
    };
  },
});

export function tokenTtlSeconds(headerValue: string | undefined): number {
  const requested = Number(headerValue?.trim());
  if (!headerValue || !Number.isFinite(requested) || requested <= 0) return limits.c1TokenTtlSecondsDefault;
  return Math.min(Math.floor(requested), limits.c1TokenTtlSecondsMax) || 1;
}
