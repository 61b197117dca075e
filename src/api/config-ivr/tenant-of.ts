import type { AuthContext } from '../../http/endpoint.ts';
import type { Envelope } from '../../http/envelope/index.ts';

/**
 * The VDN a request of chapter 5.4 acts on: the one bound to its credential (note 01 §4.1: "the
 * tenant must come from the token"). A global credential names no tenant, so it is refused.
 */
export function tenantOf(auth: AuthContext, envelope: Envelope): number {
  if (auth.vdnId === null) throw envelope.generic('unauthorized', 'The credential is not bound to a tenant (VDN): use the AK/SK of a tenant.');
  return auth.vdnId;
}
