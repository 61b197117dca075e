import { Type, type TProperties } from '@sinclair/typebox';
import type { TenantEngine } from '../../engine/index.ts';
import type { AuthContext } from '../../http/endpoint.ts';
import type { ApiServices } from '../services.ts';
import { ccIdSchema, cmsTenant, vdnIdSchema } from './cms-request.ts';

/**
 * Request pieces of the skill and agent real-time views (§12.3.1.2, §12.3.1.3; note 08 §3.4,
 * §5.5): ranges out of bounds, too many ids and missing fields are CMS 0100002.
 */

/** Skill queue id, 1–2000 (ref L55617). */
export const skillIdSchema = Type.Integer({ minimum: 1, maximum: 2000 });

/** `skillIds`: "the array cannot exceed 1000 characters", read as 1000 elements (note 08 A-19). */
export const skillIdsSchema = Type.Array(skillIdSchema, { minItems: 1, maxItems: 1000, description: 'Skill queue IDs (1–2000), at most 1000' });

/** Agent id of the CTI real-time interfaces, 101–59999 (ref L57303). */
export const agentIdSchema = Type.Integer({ minimum: 101, maximum: 59999 });

export function agentIdsSchema(maxItems: number) {
  return Type.Array(agentIdSchema, { minItems: 1, maxItems, description: `Agent IDs (101–59999), at most ${maxItems}` });
}

/** A body of `ccId` and `vdn` (both mandatory in these sections' tables) plus the interface's own fields. */
export function vdnBody<P extends TProperties>(properties: P) {
  return Type.Object({ ccId: ccIdSchema, vdn: vdnIdSchema, ...properties });
}

/** The live engine of the VDN a request may read (0101003 for another tenant's VDN, cmsTenant). */
export async function cmsEngine(services: ApiServices, auth: AuthContext, request: { ccId?: number; vdn: number }): Promise<TenantEngine> {
  return services.cti.registry.get(await cmsTenant(services, auth, request));
}

/**
 * The ids of a batch request in the order asked, each once (decision 0809): a client that lists
 * a skill twice gets one item for it.
 */
export function distinctIds(ids: readonly number[]): number[] {
  return [...new Set(ids)];
}

/** Whole seconds from `sinceMs` to `nowMs` (one rounding for every CMS view). */
export { elapsedSeconds as secondsSince } from '../../domain/time/index.ts';

/** Milliseconds as whole seconds (durations the interfaces report in seconds). */
export function wholeSeconds(ms: number): number {
  return Math.max(0, Math.round(ms / 1000));
}
