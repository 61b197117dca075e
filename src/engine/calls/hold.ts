import { talkingContent } from '../../domain/events/index.ts';
import type { EngineCore } from '../core/index.ts';
import { fail, ok, type AgentRuntime, type Result } from '../core/index.ts';
import { activeLegs, callView, heldLegs, refreshCustomerHold, talkingLeg } from './call-parties.ts';
import { refreshCallOperation } from './call-operation.ts';

/**
 * Calls an agent may keep on hold at once. The reference sets no number; a bound keeps the
 * hold list (6.1.3.4) and every loop over an agent's legs small (decision 0406).
 */
export const heldCallsMax = 8;

function agentOf(engine: EngineCore, workNo: number): AgentRuntime | undefined {
  return engine.agents.get(workNo);
}

/**
 * CEC §6.1.2.8 hold: the call in conversation waits on hold, the customer hears music, and the
 * agent hears AgentEvent_Hold with the call id (ref L19943). The agent stays in the call and may
 * now call out, call a colleague or ask for help. No call at all: 200-013; a call not in
 * conversation (ringing, being set up, already held, being transferred): 200-014.
 */
export function hold(engine: EngineCore, workNo: number): Result<null> {
  const agent = agentOf(engine, workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  if (agent.legs.size === 0) return fail('NoCallToHold', 'the agent has no call');
  const leg = talkingLeg(agent);
  const call = leg ? engine.calls.get(leg.callId) : undefined;
  if (!leg || !call) return fail('HoldStateError', 'the agent has no call in conversation');
  if (call.transfer || call.ivrHandBack?.kind === 'hangUpTransfer') return fail('HoldStateError', 'the call is being transferred');
  if (heldLegs(agent).length >= heldCallsMax) return fail('HoldStateError', `the agent already holds ${heldCallsMax} calls`);
  leg.state = 'held';
  leg.sinceMs = engine.now();
  refreshCustomerHold(engine, call);
  agent.statistics.holdCount += 1;
  engine.emit(workNo, 'AgentEvent_Hold', call.callId);
  refreshCallOperation(engine, agent);
  return ok(null);
}

/**
 * CEC §6.1.2.10 gethold?callid: the held call named (else the one held last) is retrieved:
 * AgentEvent_Talking. Nothing held (or not that call): 200-015; the agent busy with another call
 * that is not on hold: 200-016 (note 02 §5.5 H).
 */
export function getHold(engine: EngineCore, workNo: number, callId?: string): Result<null> {
  const agent = agentOf(engine, workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  const held = heldLegs(agent);
  const leg = callId ? held.find((l) => l.callId === callId) : held[0];
  const call = leg ? engine.calls.get(leg.callId) : undefined;
  if (!leg || !call) return fail('NoHeldCall', callId ? `call ${callId} is not on hold` : 'the agent holds no call');
  if (activeLegs(agent).length > 0) return fail('UnholdStateError', 'the agent is busy with another call');
  if (call.ivrHandBack?.kind === 'hangUpTransfer') return fail('UnholdStateError', 'the call is in an IVR flow and returns by itself');
  leg.state = 'talking';
  leg.sinceMs = engine.now();
  refreshCustomerHold(engine, call);
  engine.emit(workNo, 'AgentEvent_Talking', talkingContent(callView(call), leg.type));
  refreshCallOperation(engine, agent);
  return ok(null);
}

/**
 * CEC §6.1.2.6 beginmute: the agent's microphone is muted on its call in conversation (no event,
 * ref L10081). Nothing in conversation: 200-003; already muted, or an internal call, which "cannot
 * be ... muted" (Table 13-130, ref L69235): 200-004.
 */
export function beginMute(engine: EngineCore, workNo: number): Result<null> {
  const agent = agentOf(engine, workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  const leg = talkingLeg(agent);
  const call = leg ? engine.calls.get(leg.callId) : undefined;
  if (!leg || !call) return fail('NoCallToMute', 'the agent has no call in conversation');
  if (agent.muted) return fail('MuteStateError', 'the call is already muted');
  if (call.feature === 6) return fail('MuteStateError', 'an internal call cannot be muted');
  agent.muted = true;
  engine.output.fact('muted', { workNo, callId: call.callId });
  return ok(null);
}

/** CEC §6.1.2.7 endmute: unmutes. Nothing in conversation: 200-007; not muted: 200-008. */
export function endMute(engine: EngineCore, workNo: number): Result<null> {
  const agent = agentOf(engine, workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  const leg = talkingLeg(agent);
  if (!leg) return fail('NoCallToUnmute', 'the agent has no call in conversation');
  if (!agent.muted) return fail('UnmuteStateError', 'the call is not muted');
  agent.muted = false;
  engine.output.fact('unmuted', { workNo, callId: leg.callId });
  return ok(null);
}
