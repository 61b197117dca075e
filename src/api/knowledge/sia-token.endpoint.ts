import { Type } from '@sinclair/typebox';
import { safeEqual } from '../../auth/index.ts';
import { apiFabricEnvelope } from '../../http/envelope/index.ts';
import { tenantSetting } from '../../services/tenant-settings/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';

/** How long an SIA token lives (the reference gives none; decision 0902). */
export const siaTokenTtlMs = 60 * 60_000;

/** `2021-03-04T03:25:57.327+0000` (ref L30322). */
function expiredAtText(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

/**
 * CEC §9.1.1 SIA authentication (ref L30247–30322): exchanges the tenant's JWT password and SIA
 * service name (`domain`), configured in the tenant file's `knowledge.sia`, for a token of the
 * iKBS SIA interfaces. The token is bound to the tenant's space id, which later requests send
 * as `X-TenantSpaceID`. A wrong pair is HTTP 401 (decision 0902).
 */
export const siaTokenEndpoint = defineEndpoint({
  section: '9.1.1',
  name: 'tokens/jwt/sia',
  summary: 'SIA authentication',
  method: 'POST',
  path: '/rest/sia/v1/tokens/jwt/sia',
  auth: 'none',
  envelope: apiFabricEnvelope,
  body: Type.Object({ jwt: Type.String({ minLength: 1, maxLength: 256 }), domain: Type.String({ minLength: 1, maxLength: 64 }) }),
  response: Type.Object({ token: Type.String(), expiredAt: Type.String() }),
  errors: ['APIGW.400', 'APIGW.401'],
  async handler({ body, services }) {
    const credential = await services.repos.credentials.findAppCredential('sia', body.jwt);
    if (!credential || credential.vdnId === null || !safeEqual(credential.appSecret, body.domain)) throw apiFabricEnvelope.generic('unauthorized', 'The jwt or domain is incorrect.');
    const space = await tenantSetting(services.repos, credential.vdnId, 'tenantSpaceId');
    const tenantSpaceId = typeof space === 'string' && space !== '' ? space : String(credential.vdnId);
    const issued = await services.tokens.issue('SIA', { vdnId: credential.vdnId, appKey: tenantSpaceId }, siaTokenTtlMs);
    return { token: issued.token, expiredAt: expiredAtText(issued.expiresAtMs) };
  },
});
