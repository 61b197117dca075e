import type { AgentRuntime, EngineCore } from '../core/index.ts';
import { isAvailable, refreshAvailability, serveAgent } from '../routing/index.ts';

/**
 * The agent's phone is busy with a playback or recording: routing passes the agent by (decision
 * 1310). When it is free again the agent is available once more and takes the best waiting call
 * at once, unless its session is ending (`serve: false`).
 */
export function phoneBusyChanged(engine: EngineCore, agent: AgentRuntime, options: { serve: boolean } = { serve: true }): void {
  refreshAvailability(engine, agent);
  if (options.serve && !agent.phoneMedia && isAvailable(agent)) serveAgent(engine, agent);
}
