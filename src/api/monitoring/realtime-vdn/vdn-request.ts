import { Type } from '@sinclair/typebox';
import { vdnBody } from '../realtime-request.ts';

/** Body of the VDN interfaces that take only the call center and the VDN (e.g. Table 12-328). */
export const VdnBody = vdnBody({});

/**
 * Body of the paged VDN agent lists (e.g. Table 12-338): `offset = limit × (page − 1)`, offset
 * ≥ 0, and a per-interface maximum `limit` (note 08 §3.5).
 */
export function pagedVdnBody(limitMax: number) {
  return vdnBody({
    limit: Type.Integer({ minimum: 1, maximum: limitMax, description: `Records per page, 1–${limitMax}` }),
    offset: Type.Integer({ minimum: 0, maximum: 2147483647, description: 'limit × (page − 1)' }),
  });
}

/** The error codes every VDN real-time interface documents (§12.3.8.2), in precedence order. */
export const vdnErrors = ['0100002', '0101003'] as const;

/** The live engine of the VDN a request may read: one definition for every CMS real-time view. */
export { cmsEngine } from '../realtime-request.ts';

/** One page of a list; `count` is the population, not the page size (note 08 §3.5). */
export function page<T>(items: readonly T[], offset: number, limit: number): T[] {
  return items.slice(offset, offset + limit);
}
