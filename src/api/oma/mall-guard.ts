import type { TokenService } from '../../auth/index.ts';
import { header } from '../../http/auth/index.ts';
import type { AuthGuard, AuthMode } from '../../http/endpoint.ts';

/**
 * The guard of the business software mall interfaces (CEC §15.1, Tables 15-1, 15-5, 15-11,
 * 15-13): `X-Auth-Token` (any case) carries "the access-token of a business software mall user".
 * OpenCEC's mall users are its tenants, so the token is a live C1 AccessToken of tokenByAkSk and
 * the mall reads only the tenant it was issued to (decision 1504). A missing, unknown or expired
 * token is the section's 401.
 */
export function createMallGuards(tokens: TokenService): Partial<Record<AuthMode, AuthGuard>> {
  const mall: AuthGuard = async (request, endpoint) => {
    const grant = await tokens.verify('C1', header(request, 'x-auth-token')?.trim() ?? '');
    if (!grant || grant.vdnId === null) throw endpoint.envelope.generic('unauthorized', '');
    return { mode: 'mall', vdnId: grant.vdnId, subject: grant.appKey };
  };
  return { mall };
}
