import { customerReleaseContent } from '../../domain/events/index.ts';
import type { EngineCore } from '../core/index.ts';
import { fail, ok, type AgentRuntime, type Call, type ExternalParty, type Result } from '../core/index.ts';
import { closeCdr, endCall, LeaveReason, ReleaseCause } from '../records/index.ts';
import { finishAgentLeg, type LegEnd } from './leg-end.ts';
import { startIvr } from '../ivr/index.ts';
import { agentsOn, customerPresent, lastLeg, liveExternals, partyCount, refreshCustomerHold, remoteOf } from './call-parties.ts';
import { refreshCallOperation } from './call-operation.ts';
import { transferOnLeave } from './transfer-pending.ts';

export interface LeaveHow {
  by: LegEnd;
  /** CDR leave reason of the agent's row (13.2.3.7). */
  leaveReason: number;
  /** Offer a customer left alone the satisfaction survey (5.4.2); not when a session ends. */
  survey?: boolean;
}

/**
 * An agent leaves a call, and the call follows from who remains (decision 0402):
 * - two parties or more: the call goes on, and the agents still on it hear that a party left
 *   (AgentEvent_Customer_Release with the leaver's number);
 * - the customer of an answered inbound call alone: the satisfaction survey, when enabled;
 * - otherwise the call ends, and an agent left alone hears the other side hang up.
 */
export function agentLeaves(engine: EngineCore, agent: AgentRuntime, call: Call, how: LeaveHow): void {
  const leg = agent.legs.get(call.callId);
  if (!leg) return;
  // A conference call has rules of its own (§6.1.6): the conference settles the leg.
  if (call.conferenceId !== undefined && engine.reactions.conferenceLegEnds) return engine.reactions.conferenceLegEnds(engine, agent, call, how.by);
  const workNo = agent.workNo;
  if (call.ivrHandBack?.kind === 'hangUpTransfer' && call.ivrHandBack.workNo === workNo) {
    // The flow no longer has anyone to return to: it keeps the call and ends it itself.
    call.ivrHandBack = null;
    finishAgentLeg(engine, agent, call, how.by);
    return;
  }
  const leaveReason = transferOnLeave(engine, call, agent) ?? how.leaveReason;
  if (call.transfer?.target.kind === 'agent' && call.transfer.target.workNo === workNo) call.transfer = null;
  const answered = leg.answeredAtMs !== null;
  const remote = remoteOf(engine, call, workNo);
  const remaining = partyCount(engine, call, workNo);
  if (remaining >= 2) {
    closeCdr(engine, call, leg.cdr, leaveReason);
    finishAgentLeg(engine, agent, call, how.by, remote);
    refreshCustomerHold(engine, call);
    partyLeft(engine, call, String(workNo));
    return;
  }
  const survey = engine.config.satisfaction;
  const customerAlone = remaining === 1 && customerPresent(call) && (call.customer!.state === 'connected' || call.customer!.state === 'held');
  if (customerAlone && how.survey !== false && call.feature === 0 && answered && !call.ivr && survey.enabled && survey.flowId !== null && engine.config.ivrFlows.has(survey.flowId)) {
    closeCdr(engine, call, leg.cdr, leaveReason);
    finishAgentLeg(engine, agent, call, how.by, remote);
    call.customer!.state = 'connected';
    startIvr(engine, call, survey.flowId, { survey: true });
    return;
  }
  const others = agentsOn(engine, call).filter((a) => a.workNo !== workNo);
  // CEC §13.2.3.7 reason 11: the helper's row when the agent who asked for help releases the call.
  // An agent removed by another (6.1.2.17): the remaining agent's row ends because it released.
  const helperReason = call.link?.role === 'consult' && call.link.requesterWorkNo === workNo ? LeaveReason.helpRequesterReleased : undefined;
  const othersReason = helperReason ?? (how.by === 'removed' ? LeaveReason.agentReleased : leaveReason);
  endCall(engine, call, ReleaseCause.normal, leaveReason, (row) => (row === leg.cdr ? leaveReason : othersReason));
  finishAgentLeg(engine, agent, call, how.by, remote);
  for (const other of others) finishAgentLeg(engine, other, call, 'customer', String(workNo));
}

/**
 * A party reached by number leaves (its dial failed, it was released, its IVR flow ended): the
 * call goes on with two parties or more, else it ends with `releaseCause`.
 */
export function externalLeaves(engine: EngineCore, call: Call, party: ExternalParty, how: { leaveReason: number; releaseCause: number; notify: boolean }): void {
  if (party.state === 'released') return;
  for (const timer of party.timers) engine.cancel(timer);
  party.timers = [];
  const remaining = partyCount(engine, call) - 1;
  party.state = 'released';
  if (call.transfer?.target.kind === 'external' && call.transfer.target.number === party.number) call.transfer = null;
  if (remaining >= 2) {
    if (party.cdr) closeCdr(engine, call, party.cdr, how.leaveReason);
    // A party that left is forgotten, so the list stays as small as the call.
    call.externals = call.externals.filter((p) => p !== party);
    refreshCustomerHold(engine, call);
    if (how.notify) partyLeft(engine, call, party.number);
    return;
  }
  const agents = agentsOn(engine, call);
  endCall(engine, call, how.releaseCause, how.leaveReason);
  for (const agent of agents) finishAgentLeg(engine, agent, call, 'customer', party.number);
}

/** The customer is released by an agent (6.1.2.17): the call ends for every party (decision 0402). */
export function customerDisconnected(engine: EngineCore, call: Call): void {
  const agents = agentsOn(engine, call);
  const number = call.customer?.number ?? '';
  endCall(engine, call, ReleaseCause.normal, LeaveReason.agentReleased);
  for (const agent of agents) finishAgentLeg(engine, agent, call, 'customer', number);
}

/** Tells the agents still on a call that a party left it, and updates their operations. */
export function partyLeft(engine: EngineCore, call: Call, number: string): void {
  for (const agent of agentsOn(engine, call)) {
    const state = agent.legs.get(call.callId)?.state;
    if (state !== 'talking' && state !== 'held') continue;
    engine.emit(agent.workNo, 'AgentEvent_Customer_Release', customerReleaseContent(call.callId, number));
    refreshCallOperation(engine, agent);
  }
}

type Party = { kind: 'self' } | { kind: 'customer' } | { kind: 'external'; party: ExternalParty } | { kind: 'agent'; agent: AgentRuntime };

function findParty(engine: EngineCore, call: Call, agent: AgentRuntime, number: string): Party | undefined {
  if (number === agent.options.phonenum || number === String(agent.workNo)) return { kind: 'self' };
  if (customerPresent(call) && call.customer!.number === number) return { kind: 'customer' };
  const party = liveExternals(call).find((p) => p.number === number);
  if (party) return { kind: 'external', party };
  const other = agentsOn(engine, call).find((a) => a.workNo !== agent.workNo && (String(a.workNo) === number || a.options.phonenum === number));
  return other ? { kind: 'agent', agent: other } : undefined;
}

/**
 * CEC §6.1.2.17 disconnect/{number}: releases one party of the agent's last call (ref L11018).
 * A party of an older call is refused with 200-024 (the NOTE's "200-204", note 02 §8.5 item 32),
 * an unknown number with 200-023. In a consultation the agent who was asked for help may release
 * only itself (Table 6-161).
 */
export function disconnectParty(engine: EngineCore, workNo: number, number: string): Result<null> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  const last = lastLeg(agent);
  const call = last ? engine.calls.get(last.callId) : undefined;
  if (!last || !call) return fail('NoPartyToRelease', 'the agent has no call');
  const target = findParty(engine, call, agent, number);
  if (!target) {
    for (const leg of agent.legs.values()) {
      const older = leg === last ? undefined : engine.calls.get(leg.callId);
      if (older && findParty(engine, older, agent, number)) return fail('PartyOfOlderCall', `${number} is a party of call ${older.callId}, not of the last call ${call.callId}`);
    }
    return fail('NoPartyToRelease', `${number} is not a party of call ${call.callId}`);
  }
  const helper = (call.link?.role === 'consult' && call.link.requesterWorkNo !== workNo) || last.origin?.kind === 'consult';
  if (helper && target.kind !== 'self') return fail('NoPartyToRelease', 'the agent asked for help may release only itself');
  switch (target.kind) {
    case 'self':
      agent.statistics.agentReleaseCount += 1;
      agentLeaves(engine, agent, call, { by: 'agent', leaveReason: LeaveReason.agentReleased });
      break;
    case 'agent': {
      const reason = call.link?.role === 'consult' ? LeaveReason.helpRequesterReleased : LeaveReason.removedFromConference;
      agentLeaves(engine, target.agent, call, { by: 'removed', leaveReason: reason, survey: false });
      break;
    }
    case 'customer':
      customerDisconnected(engine, call);
      break;
    case 'external':
      externalLeaves(engine, call, target.party, { leaveReason: LeaveReason.agentReleased, releaseCause: ReleaseCause.normal, notify: true });
      break;
  }
  return ok(null);
}
