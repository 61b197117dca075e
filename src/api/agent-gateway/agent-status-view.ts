import type { AgentStatusView, CallActivity } from '../../domain/agent/index.ts';
import type { AgentRuntime } from '../../engine/index.ts';

const rank: Record<CallActivity, number> = { none: 0, held: 1, occupied: 2, alerting: 3, talking: 4 };

/** The status model of src/domain/agent for a signed-in agent: its work state and busiest leg. */
export function statusView(agent: AgentRuntime | undefined): AgentStatusView {
  if (!agent) return { signedIn: false, work: 'idle', activity: 'none', preRest: false, preBusy: false, muted: false, conference: false, helping: false };
  let activity: CallActivity = 'none';
  for (const leg of agent.legs.values()) if (rank[leg.state] > rank[activity]) activity = leg.state;
  return { signedIn: true, work: agent.work, activity, preRest: agent.preRest, preBusy: agent.preBusy, muted: agent.muted, conference: false, helping: false };
}
