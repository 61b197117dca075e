import type { EngineCore, AgentRuntime } from '../core/index.ts';
import { LeaveReason, ReleaseCause } from '../records/index.ts';
import { withdrawOffer } from './offer-outcome.ts';
import { agentLeaves } from './party-release.ts';

/**
 * Takes an agent out of all its calls because its session ends (forced sign-out, timeout,
 * takeover, account deleted): a ringing call goes back to its queue (or fails for the agent that
 * asked for it), a call the agent shared goes on without it, any other call ends. The agent
 * settles into nothing: it is leaving.
 */
export function releaseAllLegs(engine: EngineCore, agent: AgentRuntime): void {
  for (const leg of [...agent.legs.values()]) {
    const call = engine.calls.get(leg.callId);
    if (!call) {
      engine.cancel(leg.ringTimer);
      agent.legs.delete(leg.callId);
      continue;
    }
    if (leg.state === 'alerting') {
      withdrawOffer(engine, agent, call, leg, { leaveReason: LeaveReason.agentNoAnswer, releaseCause: ReleaseCause.agentNoAnswer, after: 'same', silent: true });
      continue;
    }
    agentLeaves(engine, agent, call, { by: 'signout', leaveReason: LeaveReason.agentReleased, survey: false });
  }
}
