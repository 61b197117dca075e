import type { AuthContext } from '../../http/endpoint.ts';
import type { Envelope } from '../../http/envelope/index.ts';

/**
 * The VDN a configuration request acts on: the one bound to its credential, never one named in
 * the body. A global credential (no VDN) cannot address tenant configuration, so it is refused as
 * unauthorized, like a credential of no tenant at all.
 */
export function tenantOf(auth: AuthContext, envelope: Envelope): number {
  if (auth.vdnId === null) throw envelope.generic('unauthorized', 'The credential is not bound to a tenant (VDN): use the AK/SK of a tenant.');
  return auth.vdnId;
}
