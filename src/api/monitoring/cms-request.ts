import { Type } from '@sinclair/typebox';
import { cmsResultCodes, cmsResultTexts } from '../../domain/monitoring/index.ts';
import { CecError } from '../../http/cec-error.ts';
import type { AuthContext } from '../../http/endpoint.ts';
import type { ApiServices } from '../services.ts';

/**
 * What every CC-CMS interface shares about its request (note 08 §3.3, §3.4). Bodies wrapped in
 * `{"queryParam": {...}}` are unwrapped by the key normaliser, like the other wrapper labels.
 */

/** `ccId` as the examples send it; the tables misprint it `cclId`/`ccld`/`cclid` (note 08, reading notes). */
export const cmsKeyAliases = { ccId: ['cclId', 'cclid'] } as const;

/** Call center id, 1–65535 (ref L53664). */
export const ccIdSchema = Type.Integer({ minimum: 1, maximum: 65535 });
/** VDN (tenant) id, 1–5000 (ref L53665). */
export const vdnIdSchema = Type.Integer({ minimum: 1, maximum: 5000 });

export function cmsFailure(code: keyof typeof cmsResultCodes, message?: string): CecError {
  const wire = cmsResultCodes[code];
  return new CecError(wire, message ?? cmsResultTexts[wire]);
}

/**
 * The tenant a CC-CMS query reads. The global AK/SK may read any VDN of this call center; a
 * tenant's AK/SK only its own, and another VDN is refused with 0101003 whether or not it exists,
 * so that a tenant cannot probe for the others (note 08 §3.1, §6.1).
 */
export async function cmsTenant(services: ApiServices, auth: AuthContext, request: { ccId?: number; vdn: number }): Promise<number> {
  if (request.ccId !== undefined && request.ccId !== services.settings.callCenterId) throw cmsFailure('invalidParameter', 'ccId does not exist');
  if (auth.vdnId !== null) {
    if (auth.vdnId !== request.vdn) throw cmsFailure('insufficientPermission');
    return request.vdn;
  }
  if (!(await services.repos.vdns.find(request.vdn))) throw cmsFailure('invalidParameter', 'vdn does not exist');
  return request.vdn;
}
