import { accept, refuse, type Checked } from './skill-rejection.ts';
import type { CalledRouteRejection } from './called-route-rejection.ts';
import { routeMayBeDeleted, routeNumber } from './called-route-rules.ts';

/**
 * CEC §5.3.3 (ref L5845): `dnids` are the configuration ids queryCalledRoute returns, "separated
 * by commas", at most 1000. Blanks and empty items are tolerated; repeated ids count once.
 */
export function parseDnids(text: string, max: number): Checked<number[], CalledRouteRejection> {
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0) return refuse({ tag: 'DnidsEmpty' });
  const dnids: number[] = [];
  for (const item of items) {
    const dnid = /^\d{1,9}$/.test(item) ? Number(item) : 0;
    if (dnid < 1) return refuse({ tag: 'DnidInvalid', text: item });
    if (!dnids.includes(dnid)) dnids.push(dnid);
  }
  if (dnids.length > max) return refuse({ tag: 'DnidsTooMany', count: dnids.length, max });
  return accept(dnids);
}

export interface DeletableRoute {
  readonly id: string;
  readonly dnid: number;
  readonly accessCode: string;
  readonly extCode: string;
  readonly editable: string | null;
}

export interface RouteDeletionPlan<R extends DeletableRoute> {
  /** Routes to delete, in the order their dnids were given. */
  readonly deleted: readonly R[];
  /** Routes whose `editable` flag forbids deletion ("2" or "3", ref L6043). */
  readonly kept: readonly R[];
}

/**
 * Splits the addressed routes into those deleted and those kept. Every dnid must name a route of
 * the tenant: an unknown one refuses the whole request, so that a typo never passes for a partial
 * success (decision 0203). When no route may be deleted, the request fails.
 */
export function planRouteDeletion<R extends DeletableRoute>(dnids: readonly number[], routes: readonly R[]): Checked<RouteDeletionPlan<R>, CalledRouteRejection> {
  const byDnid = new Map(routes.map((r) => [r.dnid, r] as const));
  const unknown = dnids.filter((d) => !byDnid.has(d));
  if (unknown.length > 0) return refuse({ tag: 'DnidsNotFound', dnids: unknown });
  const addressed = dnids.map((d) => byDnid.get(d)!);
  const deleted = addressed.filter((r) => routeMayBeDeleted(r.editable));
  const kept = addressed.filter((r) => !routeMayBeDeleted(r.editable));
  if (deleted.length === 0) return refuse({ tag: 'NothingDeletable', names: kept.map(routeNumber) });
  return accept({ deleted, kept });
}

/**
 * The `data` of the deleteCalledRoute reply (ref L5856–5861): `id` the long ids of the deleted
 * routes, `name` their numbers (access code + extension code); `content` equals `name` when every
 * route was deleted, and reads "Success:<names>,Failed:<names>" when only some were.
 */
export function deletionSummary(plan: RouteDeletionPlan<DeletableRoute>): { id: string; name: string; content: string } {
  const name = plan.deleted.map(routeNumber).join(',');
  const content = plan.kept.length === 0 ? name : `Success:${name},Failed:${plan.kept.map(routeNumber).join(',')}`;
  return { id: plan.deleted.map((r) => r.id).join(','), name, content };
}
