import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import type { AuthContext } from '../../http/endpoint.ts';
import { oiapCodes } from './oiap-envelopes.ts';

/** The tenant a chapter-10 request acts for, and the `tenantId` its replies name. */
export interface OiapTenant {
  vdnId: number;
  tenantId: string;
}

/**
 * The tenant comes from the token (note 05 §3.2). A body `tenantId` must name that same tenant:
 * its OIAP app key (the reference's "tenant ID", ref L2589) or its VDN id; anything else is
 * "failed to check the token information", 900002 (decision 1000).
 */
export function oiapTenant(auth: AuthContext, tenantId: string | undefined): OiapTenant {
  const vdnId = auth.vdnId!;
  if (tenantId !== undefined && tenantId !== '' && tenantId !== auth.subject && tenantId !== String(vdnId)) {
    throw new CecError(oiapCodes.tokenCheckFailed, 'tenantId does not match authToken');
  }
  return { vdnId, tenantId: auth.subject };
}

export const tenantIdField = Type.String({ maxLength: 64, description: 'Tenant ID; must name the tenant of authToken' });
export const authTokenField = Type.String({ maxLength: 2048 });
/** The seven languages of chapter 10 (note 05 §4.2). */
export const languageField = Type.Union(['zh_CN', 'en_US', 'es_ES', 'ar', 'fr_FR', 'th_TH', 'pt_BR'].map((l) => Type.Literal(l)));

/** Page sizes of style A/B (note 05 §3.4). */
export const pageSizeField = Type.Integer({ enum: [5, 10, 20, 50, 100], description: '5, 10, 20, 50 or 100' });

export function page<T>(rows: readonly T[], pageNum: number | undefined, pageSize: number | undefined): T[] {
  if (pageNum === undefined || pageSize === undefined) return [...rows];
  return rows.slice((pageNum - 1) * pageSize, pageNum * pageSize);
}

export function invalid(message: string): CecError {
  return new CecError(oiapCodes.invalidParameter, message);
}

export function notExist(message: string): CecError {
  return new CecError(oiapCodes.notExist, message);
}

export function alreadyExists(message: string): CecError {
  return new CecError(oiapCodes.alreadyExists, message);
}
