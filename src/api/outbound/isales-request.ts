import { Type } from '@sinclair/typebox';
import { isalesCodes } from '../../domain/outbound/index.ts';
import { CecError } from '../../http/cec-error.ts';
import type { AuthContext } from '../../http/endpoint.ts';

/**
 * What every CC-iSales interface shares about its request (note 04 §3.1, §3.6). Every path carries
 * the tenant as `{vdnId}`, Integer 1–9999; the C2 key decides the tenant and the path must name
 * the same one. Another VDN is refused exactly like a bad signature (HTTP 401), whether or not it
 * exists, so that a tenant cannot probe for others (decision 0700).
 */
export const isalesVdnIdSchema = Type.Integer({ minimum: 1, maximum: 9999 });

export const isalesVdnParams = Type.Object({ vdnId: isalesVdnIdSchema });

export function isalesFailure(code: keyof typeof isalesCodes, message: string, extra?: Record<string, unknown>): CecError {
  return new CecError(isalesCodes[code], message, extra ? { extra } : undefined);
}

export function isalesTenant(auth: AuthContext, vdnId: number): number {
  if (auth.vdnId === null || auth.vdnId !== vdnId) {
    throw new CecError(isalesCodes.parameterError, 'the credential does not authorize this VDN', { httpStatus: 401 });
  }
  return vdnId;
}
