import { agentRights } from '../../../domain/monitoring/index.ts';
import { vdnAgents, vdnWorkNos, type VdnAgentView } from '../../../engine/index.ts';
import type { AuthContext } from '../../../http/endpoint.ts';
import type { ApiServices } from '../../services.ts';
import { page, cmsEngine } from './vdn-request.ts';

/**
 * The VDN agent lists (12.3.1.1.3–.6, .15, .16) share their population: every configured agent
 * of the VDN, signed in or not, by ascending work number (note 08 §5.6); `count` is that
 * population, whatever the page (ref L53788).
 */
export async function vdnAgentList<T>(
  services: ApiServices,
  auth: AuthContext,
  body: { ccId: number; vdn: number; offset?: number; limit?: number },
  item: (view: VdnAgentView, nowMs: number) => T,
): Promise<{ resultDesc: T[]; count: number }> {
  const engine = await cmsEngine(services, auth, body);
  const all = vdnWorkNos(engine);
  const chosen = body.limit === undefined ? all : page(all, body.offset ?? 0, body.limit);
  const now = engine.now();
  return { resultDesc: vdnAgents(engine, chosen).map((view) => item(view, now)), count: all.length };
}

/** Seconds from `sinceMs` to `nowMs` (the lists' `currentStateTime`). */
export { secondsSince } from '../realtime-request.ts';

/**
 * An agent's static configuration (Table 12-352): the agent group is always −1 (the table says
 * so), the permissions follow the role (decision 0804), every agent is a common one (realFlag 1).
 */
export function staticConfiguration(view: VdnAgentView): { agentId: number; groupId: number; rights: string; name: string; realFlag: number } {
  return { agentId: view.workNo, groupId: -1, rights: agentRights(view.config.ccRoleId), name: view.config.userName, realFlag: 1 };
}
