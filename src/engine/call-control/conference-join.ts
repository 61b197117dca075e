import type { EngineCore } from '../core/index.ts';
import { fail, ok, type AgentLeg, type AgentRuntime, type Call, type Result, type RejectionTag } from '../core/index.ts';
import { closeCdr, endCall, LeaveReason, ReleaseCause } from '../records/index.ts';
import { finishAgentLeg, leaveLegQuietly, callPartiesMax, partyCount, refreshCustomerHold, remoteOf, talkingLeg, customerDisconnected, announceConference } from '../calls/index.ts';
import { stopIvr } from '../ivr/index.ts';
import { mergeInto } from './call-merge.ts';

interface Pair {
  agent: AgentRuntime;
  held: Call;
  heldLeg: AgentLeg;
  current: Call;
}

/** The held call named and the call in conversation, or the rejection each interface documents. */
function heldAndCurrent(engine: EngineCore, workNo: number, heldCallId: string, tags: { noHeld: RejectionTag; notHeld: RejectionTag; noCurrent: RejectionTag }): Result<Pair> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  const heldLeg = agent.legs.get(heldCallId);
  const held = engine.calls.get(heldCallId);
  if (!heldLeg || !held) return fail(tags.noHeld, `the agent has no call ${heldCallId}`);
  if (heldLeg.state !== 'held') return fail(tags.notHeld, `call ${heldCallId} is not on hold`);
  const currentLeg = talkingLeg(agent);
  const current = currentLeg ? engine.calls.get(currentLeg.callId) : undefined;
  if (!current) return fail(tags.noCurrent, 'the agent has no call in conversation to join with the held call');
  if (current.transfer || held.transfer || held.ivrHandBack) return fail(tags.notHeld, 'a transfer of the calls is in progress');
  if (partyCount(engine, held) + partyCount(engine, current) - 1 > callPartiesMax) return fail(tags.notHeld, `a call holds at most ${callPartiesMax} parties`);
  return ok({ agent, held, heldLeg, current });
}

/** The call being left behind ends: an IVR flow on it stops, its last row leaves with `leaveReason`. */
function endJoinedCall(engine: EngineCore, call: Call, leaveReason: number): void {
  if (call.ivr) stopIvr(engine, call);
  endCall(engine, call, ReleaseCause.normal, leaveReason);
}

/**
 * CEC §6.1.2.9 connecthold/{callid} (note 02 §8.5 item 30: "connect held", the completion of a
 * consultative transfer): the parties of the agent's current call join the held call, and the agent
 * leaves both. Its events are those of releasing each call (Call_Release → Customer_Release →
 * StopRecordDone), then its phone goes on-hook (ref L10324). Rows leave with reason 7 "connecting
 * a held call"; the agent counts a transfer out, a moved agent a transfer in.
 */
export function connectHold(engine: EngineCore, workNo: number, heldCallId: string): Result<null> {
  const pair = heldAndCurrent(engine, workNo, heldCallId, { noHeld: 'NoCallToHold', notHeld: 'HoldStateError', noCurrent: 'HoldStateError' });
  if (!pair.ok) return pair;
  const { agent, held, heldLeg, current } = pair.value;
  const currentRemote = remoteOf(engine, current, workNo);
  const moved = mergeInto(engine, current, held, workNo, LeaveReason.connectHeld);
  endJoinedCall(engine, current, LeaveReason.connectHeld);
  finishAgentLeg(engine, agent, current, 'agent', currentRemote);
  for (const other of moved) other.statistics.transferInCount += 1;
  agent.statistics.transferOutCount += 1;
  if (partyCount(engine, held, workNo) < 2) {
    // Nobody came over (the other side had already gone): releasing the held call is all that is left.
    customerDisconnected(engine, held);
    return ok(null);
  }
  const heldRemote = remoteOf(engine, held, workNo);
  closeCdr(engine, held, heldLeg.cdr, LeaveReason.connectHeld);
  finishAgentLeg(engine, agent, held, 'agent', heldRemote);
  refreshCustomerHold(engine, held);
  return ok(null);
}

/**
 * CEC §6.1.2.14 confjoin {callid}: the agent's current call joins the held call it names, a
 * three-party conversation on the held call: AgentEvent_Conference {callid, partner} to every agent
 * on it (ref L19962). The agent leaves the joined call quietly (StopRecordDone, Call_Release) and
 * its held call is retrieved. Rows of the joined call leave with reason 10 "three-party conversation".
 */
export function confJoin(engine: EngineCore, workNo: number, heldCallId: string, callData?: string): Result<null> {
  const pair = heldAndCurrent(engine, workNo, heldCallId, { noHeld: 'NoCallForConference', notHeld: 'ConferenceHoldFailed', noCurrent: 'NoCallForConference' });
  if (!pair.ok) return pair;
  const { agent, held, heldLeg, current } = pair.value;
  if (callData) held.callData = callData;
  mergeInto(engine, current, held, workNo, LeaveReason.threeParty);
  endJoinedCall(engine, current, LeaveReason.threeParty);
  leaveLegQuietly(engine, agent, current);
  heldLeg.state = 'talking';
  heldLeg.sinceMs = engine.now();
  refreshCustomerHold(engine, held);
  announceConference(engine, held);
  return ok(null);
}
