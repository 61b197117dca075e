import type { TokenService } from '../../auth/index.ts';
import { header } from '../../http/auth/index.ts';
import type { AuthGuard, AuthMode } from '../../http/endpoint.ts';

/**
 * The guard of the iKBS SIA-token interfaces (CEC §9.2, Table 9-5; decision 0902): a live SIA
 * token in `X-Access-Token`, and in `X-TenantSpaceID` the tenant space the token was issued for.
 * The reference's misprint `X-TenantSpacelD` (ref L32204) is accepted too. Failures are the
 * family's unauthorized reply (HTTP 401).
 */
export function createSiaGuards(tokens: TokenService): Partial<Record<AuthMode, AuthGuard>> {
  const sia: AuthGuard = async (request, endpoint) => {
    const grant = await tokens.verify('SIA', header(request, 'x-access-token') ?? '');
    if (!grant) throw endpoint.envelope.generic('unauthorized', 'X-Access-Token is invalid or expired');
    const space = header(request, 'x-tenantspaceid') ?? header(request, 'x-tenantspaceld');
    if (space?.trim() !== grant.appKey) throw endpoint.envelope.generic('unauthorized', 'X-TenantSpaceID is not the tenant of the token');
    return { mode: 'SIA', vdnId: grant.vdnId, subject: grant.appKey };
  };
  return { SIA: sia };
}
