import type { CountedAgent } from '../../domain/monitoring/index.ts';
import { agentCtiState, isAvailable, onOutboundCall, stateSinceMs, type AgentConfig, type AgentRuntime, type TenantEngine } from '../../engine/index.ts';
import type { AgentStateHistory } from '../../stats/realtime/index.ts';

/** One configured agent of a VDN as the CMS agent views see it now. */
export interface LiveAgent {
  workNo: number;
  config: AgentConfig;
  /** The live session; undefined when the agent is not signed in. */
  runtime: AgentRuntime | undefined;
  /** CTI platform status (§12.3.8.3). */
  cti: number;
  /** Since when the agent is in `cti`; null for an agent not signed in since the server started. */
  sinceMs: number | null;
}

/** The CTI status of an agent (one derivation for every CMS view: src/engine/queries/vdn-agents.ts). */
export function ctiStateOf(runtime: AgentRuntime | undefined): number {
  return agentCtiState(runtime);
}

/** The agent, if the VDN has it configured; an agent not signed in counts from its last sign-out. */
export function liveAgent(engine: TenantEngine, history: AgentStateHistory, workNo: number): LiveAgent | undefined {
  const config = engine.config.agents.get(workNo);
  if (!config) return undefined;
  const runtime = engine.agents.get(workNo);
  const record = history.read(engine.vdnId, workNo);
  return {
    workNo,
    config,
    runtime,
    cti: ctiStateOf(runtime),
    sinceMs: runtime ? stateSinceMs(runtime) : record?.state === 0 ? record.sinceMs : null,
  };
}

/** A signed-in agent as the agent-count objects count it (12.3.1.2.9, 12.3.1.3.6). */
export function countedAgent(engine: TenantEngine, runtime: AgentRuntime): CountedAgent {
  return { ctiState: ctiStateOf(runtime), usable: isAvailable(runtime), callingOut: onOutboundCall(engine, runtime) };
}
