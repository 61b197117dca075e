import type { CountedAgent } from '../../domain/monitoring/index.ts';
import { agentCtiState, isAvailable, onOutboundCall, type AgentRuntime, type TenantEngine } from '../../engine/index.ts';

/** A signed-in agent as the agent-count objects count it (12.3.1.2.9, 12.3.1.3.6; decision 0810). */
export function countedAgent(engine: TenantEngine, runtime: AgentRuntime): CountedAgent {
  return { ctiState: agentCtiState(runtime), usable: isAvailable(runtime), callingOut: onOutboundCall(engine, runtime) };
}
