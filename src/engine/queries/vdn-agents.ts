import { ctiStatus, type CallActivity } from '../../domain/agent/index.ts';
import type { AgentConfig, AgentRuntime, EngineCore } from '../core/index.ts';
import { stateSinceMs } from './online-agents.ts';

const rank: Record<CallActivity, number> = { none: 0, held: 1, occupied: 2, alerting: 3, talking: 4 };

/** The CTI platform status of an agent (§12.3.8.3, Table 6-453): 0 when not signed in. */
export function agentCtiState(agent: AgentRuntime | undefined): number {
  if (!agent) return 0;
  let activity: CallActivity = 'none';
  for (const leg of agent.legs.values()) if (rank[leg.state] > rank[activity]) activity = leg.state;
  // A web chat ringing or in conversation counts as the agent's call activity too (12.3 views count chats).
  for (const chat of agent.chats?.values() ?? []) if (rank[chat.state] > rank[activity]) activity = chat.state;
  return ctiStatus({ signedIn: true, work: agent.work, activity, preRest: agent.preRest, preBusy: agent.preBusy, muted: agent.muted, conference: false, helping: false });
}

/** One configured agent of the VDN as the CMS agent lists show it. */
export interface VdnAgentView {
  workNo: number;
  config: AgentConfig;
  /** The live session; undefined when the agent is not signed in. */
  runtime: AgentRuntime | undefined;
  ctiState: number;
  /** Since when the agent is in `ctiState`: for one not signed in, its last sign-out, else the engine's start. */
  stateSinceMs: number;
}

/** The view of one configured agent, or undefined when the VDN has no such agent. */
export function vdnAgent(engine: EngineCore, workNo: number): VdnAgentView | undefined {
  const config = engine.config.agents.get(workNo);
  if (!config) return undefined;
  const runtime = engine.agents.get(workNo);
  return {
    workNo,
    config,
    runtime,
    ctiState: agentCtiState(runtime),
    stateSinceMs: runtime ? stateSinceMs(runtime) : (engine.signedOutAtMs.get(workNo) ?? engine.startedAtMs),
  };
}

/**
 * The work numbers of every configured agent of the VDN, signed in or not, ascending: the
 * population of the VDN agent lists (12.3.1.1.3–.6, .15, .16; note 08 §5.6), paged by callers.
 */
export function vdnWorkNos(engine: EngineCore): number[] {
  return [...engine.config.agents.keys()].sort((a, b) => a - b);
}

/** Views of the given configured agents, in the order given (a page of `vdnWorkNos`). */
export function vdnAgents(engine: EngineCore, workNos: readonly number[]): VdnAgentView[] {
  const views: VdnAgentView[] = [];
  for (const workNo of workNos) {
    const view = vdnAgent(engine, workNo);
    if (view) views.push(view);
  }
  return views;
}

/** Signed-in agents per CTI status (index = status 0–10; index 0 counts nobody) over the VDN. */
export function signedInByCtiState(engine: EngineCore): number[] {
  const counts = Array.from({ length: 11 }, () => 0);
  for (const agent of engine.agents.values()) counts[agentCtiState(agent)]! += 1;
  return counts;
}
