import type { AuthContext } from '../../http/endpoint.ts';
import { CecError } from '../../http/cec-error.ts';
import { retCodeEnvelope } from '../../http/envelope/index.ts';
import type { SystemCallOutcome } from '../../services/bidirectional/index.ts';

/**
 * CEC §6.2 replies `{retCode, retMsg, result}` (note 03 §3.1 E1): `retCode` a string, "0" for
 * success, the business codes of each interface's table otherwise, HTTP 200 (ref L16431).
 */
export const bidirectionalEnvelope = retCodeEnvelope;

/** The caller's tenant; a credential bound to none is refused as unauthorized (HTTP 401, ref L16450). */
export function tenantOfCredential(auth: AuthContext): number {
  if (auth.vdnId === null) throw bidirectionalEnvelope.generic('unauthorized', 'The credential is not bound to a tenant (VDN).');
  return auth.vdnId;
}

/** The value of a service outcome, or its documented code in the family's envelope. */
export function valueOf<T>(outcome: SystemCallOutcome<T>): T {
  if (!outcome.ok) throw new CecError(outcome.code, outcome.message);
  return outcome.value;
}
