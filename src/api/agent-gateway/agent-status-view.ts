import type { AgentStatusView, CallActivity } from '../../domain/agent/index.ts';
import { isConference, type AgentRuntime, type TenantEngine } from '../../engine/index.ts';

const rank: Record<CallActivity, number> = { none: 0, held: 1, occupied: 2, alerting: 3, talking: 4 };

/**
 * The status model of src/domain/agent for a signed-in agent: its work state, its busiest leg, and
 * whether that leg is a three-party conversation or a consultation it asked for (sync states 10
 * and 13), which needs the engine to look at the call. An inspector's monitoring leg (§12.1) is a
 * call of its own: ringing until its phone answers, then talking, in the mode that sync states
 * 15–17 show (Table 6-454, ref L21732–21734).
 */
export function statusView(agent: AgentRuntime | undefined, engine?: TenantEngine): AgentStatusView {
  if (!agent) return { signedIn: false, work: 'idle', activity: 'none', preRest: false, preBusy: false, muted: false, conference: false, helping: false };
  let activity: CallActivity = 'none';
  let callId: string | null = null;
  for (const leg of agent.legs.values()) {
    if (rank[leg.state] > rank[activity]) {
      activity = leg.state;
      callId = leg.callId;
    }
  }
  const monitor = agent.monitor;
  const monitorActivity: CallActivity = monitor ? (monitor.phase === 'connected' ? 'talking' : 'alerting') : 'none';
  const inspecting = monitor && rank[monitorActivity] > rank[activity] ? monitor : null;
  if (inspecting) activity = monitorActivity;
  const call = callId && engine && !inspecting ? engine.calls.get(callId) : undefined;
  return {
    signedIn: true,
    work: agent.work,
    activity,
    preRest: agent.preRest,
    preBusy: agent.preBusy,
    muted: agent.muted,
    conference: Boolean(call && engine && isConference(engine, call)),
    helping: Boolean(call?.link && call.link.role === 'consult' && call.link.requesterWorkNo === agent.workNo),
    inspecting: inspecting?.phase === 'connected' ? inspecting.mode : null,
  };
}
