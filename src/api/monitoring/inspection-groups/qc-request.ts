import { Type } from '@sinclair/typebox';
import { cmsResultCodes } from '../../../domain/monitoring/index.ts';
import { groupNameMaxLength } from '../../../domain/inspection-groups/index.ts';
import type { AuthContext } from '../../../http/endpoint.ts';
import type { Outcome } from '../../../services/inspection-relations/index.ts';
import type { ApiServices } from '../../services.ts';
import { ccIdSchema, cmsFailure, cmsTenant, vdnIdSchema } from '../cms-request.ts';

/** What §12.3.4.1–.9 requests share (note 08 §2.11.6): optional ccId, the VDN. */
export const qcTenantFields = { ccId: Type.Optional(ccIdSchema), vdn: vdnIdSchema };

/** Agent ids of the qcrelationconf interfaces: 0–99999 (ref L62068). */
export const qcWorkNoSchema = Type.Integer({ minimum: 0, maximum: 99999 });
/** The reference sets no maximum; decision 0821 takes the CMS's usual batch bound. */
export const qcWorkNosSchema = Type.Array(qcWorkNoSchema, { maxItems: 1000 });
/** User group ids are 30-digit strings (ref L62007); another string simply names no group. */
export const groupIdSchema = Type.String({ minLength: 1, maxLength: 64 });
export const groupNameSchema = Type.String({ minLength: 1, maxLength: groupNameMaxLength });
export const remarkSchema = Type.String({ maxLength: 200 });

/** 0100002 for invalid input, 0101001 (relationship interface abnormal) for the rest (note 08 §6.4). */
export const qcErrors = [cmsResultCodes.invalidParameter, cmsResultCodes.inspectionRelationAbnormal, cmsResultCodes.insufficientPermission, cmsResultCodes.unknown] as const;

export function qcTenant(services: ApiServices, auth: AuthContext, request: { ccId?: number | undefined; vdn: number }): Promise<number> {
  return cmsTenant(services, auth, { ...(request.ccId === undefined ? {} : { ccId: request.ccId }), vdn: request.vdn });
}

/** The value of a write, or its refusal in the CMS codes (decision 0821). */
export function qcOutcome<T>(outcome: Outcome<T>): T {
  if (outcome.ok) return outcome.value;
  throw cmsFailure(outcome.reason === 'invalid' ? 'invalidParameter' : 'inspectionRelationAbnormal', outcome.message);
}
