import { vdnAgent, type TenantEngine, type VdnAgentView } from '../../../engine/index.ts';
import { cmsFailure } from '../cms-request.ts';
import { distinctIds } from '../realtime-request.ts';

/** Sentinels of the agent views (note 08 §3.4): no location / reason, unknown duration, never signed in (2106). */
export const unused = 65535;
export const unknownSeconds = 4294967295;
export const neverSignedInMs = 4294967295000;

/** The configured agents among `ids`, each once, in the order asked; others are left out (decision 0809). */
export function agentsAsked(engine: TenantEngine, ids: readonly number[]): VdnAgentView[] {
  const views: VdnAgentView[] = [];
  for (const workNo of distinctIds(ids)) {
    const view = vdnAgent(engine, workNo);
    if (view) views.push(view);
  }
  return views;
}

/** The one agent a single-agent interface names; an agent the VDN does not have is 0100002. */
export function agentAsked(engine: TenantEngine, workNo: number): VdnAgentView {
  const view = vdnAgent(engine, workNo);
  if (!view) throw cmsFailure('invalidParameter', 'the agent does not exist in the VDN');
  return view;
}
