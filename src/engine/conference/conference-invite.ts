import type { EngineCore, AgentLeg, AgentRuntime, Call, ExternalParty, Result } from '../core/index.ts';
import { fail, ok } from '../core/index.ts';
import { DeviceType, LeaveReason, openCdr, startRecording } from '../records/index.ts';
import { refreshAvailability } from '../routing/index.ts';
import { canBeOffered, refreshCallOperation } from '../calls/index.ts';
import { bindAgent, chairedConference, conferenceById, conferenceOf, confFail, occupiedSeats, unbindAgent } from './conference-book.ts';
import { ChangeReason, ChangeType, confIdContent, participantChanged } from './conference-events.ts';
import { agentLeavesConference, numberLeavesConference } from './conference-end.ts';
import { agentParticipant } from './conference-apply.ts';
import { playWelcome, type Announce } from './conference-voice.ts';
import { participantKey, type AddressType, type ConfParticipant, type Conference } from './conference-types.ts';

/** Table 6-310: one party to invite. */
export interface Invitee {
  addressType: AddressType;
  address: string;
  deviceCallType: number;
  deviceType: number;
}

/** CTI causes of Table 6-450 for batch adding. */
const causeChairInList = 21221;
const causeNoSeats = 21224;
const causeNoneAdded = 21228;

/**
 * CEC §6.1.6.10 batchaddparticipant: the chair invites up to 120 agents and numbers (the schema
 * bounds the list). Refused with the CTI cause (result.errorReason) when the list is empty (21228),
 * names the chair (21221) or does not fit the seats left (21224). Invited agents of the tenant ring
 * (AgentConf_Ringing, AgentOther_PhoneAlerting) until they answer or reject; numbers are dialled
 * on the simulated network from `caller`, else the conference's calling number. Each join gives
 * AgentConf_ParticipantChanged {changeType 0}; an invitation that fails, result 1 (decision 0460).
 * Addresses already in the conference are left as they are. With `beepTone`, `welcome` is the
 * announcement each of them hears when it joins (Table 6-309).
 */
export function batchAddParticipants(engine: EngineCore, workNo: number, invitees: Invitee[], caller: string | undefined, welcome: Announce | null = null): Result<null> {
  const chaired = chairedConference(engine, workNo);
  if (!chaired.ok) return chaired;
  const conf = chaired.value;
  if (invitees.length === 0) return confFail(causeNoneAdded, 'no participant to add');
  if (invitees.some((i) => i.addressType === '9' && i.address === String(workNo))) return confFail(causeChairInList, 'the chair is in the list');
  const fresh = new Map<string, Invitee>();
  for (const invitee of invitees) {
    const key = participantKey(invitee.addressType, invitee.address);
    if (!conf.participants.has(key)) fresh.set(key, invitee);
  }
  if (occupiedSeats(conf) + fresh.size > conf.memberNum) return confFail(causeNoSeats, `${conf.memberNum - occupiedSeats(conf)} seats are left`);
  for (const [key, invitee] of fresh) {
    const participant: ConfParticipant = { ...agentParticipant(0, 0, null), addressType: invitee.addressType, address: invitee.address, deviceCallType: invitee.deviceCallType, deviceType: invitee.deviceType, welcome };
    conf.participants.set(key, participant);
    if (invitee.addressType === '9') engine.defer(() => inviteAgent(engine, conf, participant));
    else engine.defer(() => dialNumber(engine, conf, participant, caller || conf.confCallerNo));
  }
  return ok(null);
}

function invitationFailed(engine: EngineCore, conf: Conference, participant: ConfParticipant): void {
  conf.participants.delete(participantKey(participant.addressType, participant.address));
  if (participant.addressType === '9' && conferenceOf(engine, Number(participant.address)) === conf) unbindAgent(engine, Number(participant.address));
  participantChanged(engine, conf, participant, { changeType: ChangeType.joined, result: 1 });
}

/** An invited agent of the tenant rings: idle and without calls, as for callinner (decision 0401); else the invitation fails. */
function inviteAgent(engine: EngineCore, conf: Conference, participant: ConfParticipant): void {
  if (conf.phase !== 'active' || conf.participants.get(participantKey('9', participant.address)) !== participant) return;
  const agent = engine.agents.get(Number(participant.address));
  if (!canBeOffered(agent) || conferenceOf(engine, agent.workNo)) return invitationFailed(engine, conf, participant);
  const call = conf.call;
  const now = engine.now();
  const cdr = openCdr(engine, call, { type: DeviceType.agent, no: agent.workNo, deviceIn: 'DEVICE_AGENT', workNo: agent.workNo }, { waitBeginMs: now, ackBeginMs: now });
  const leg: AgentLeg = { callId: call.callId, state: 'alerting', type: 'main', sinceMs: now, answeredAtMs: null, ringTimer: null, recording: null, cdr, origin: { kind: 'conference', byWorkNo: conf.chairWorkNo } };
  agent.legs.set(call.callId, leg);
  call.agents.add(agent.workNo);
  bindAgent(engine, agent.workNo, conf);
  refreshAvailability(engine, agent);
  engine.emit(agent.workNo, 'AgentConf_Ringing', confIdContent(conf));
  if (!agent.phoneOffHook) engine.emit(agent.workNo, 'AgentOther_PhoneAlerting');
  // Unanswered, the invitation lapses as a rejection does (the ring timeout of the tenant's calls).
  leg.ringTimer = engine.after(engine.settings.ringTimeoutMs, () => {
    leg.ringTimer = null;
    if (agent.legs.get(call.callId) === leg && leg.state === 'alerting') agentLeavesConference(engine, conf, agent, { changeReason: ChangeReason.other, leaveReason: LeaveReason.agentNoAnswer });
  });
}

/** The invitation of `workNo`, ringing: 101-001 otherwise (the answer and reject interfaces need AgentConf_Ringing). */
function ringingInvitation(engine: EngineCore, workNo: number): Result<{ conf: Conference; agent: AgentRuntime; leg: AgentLeg }> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  const conf = conferenceOf(engine, workNo);
  const leg = conf ? agent.legs.get(conf.call.callId) : undefined;
  if (!conf || !leg || leg.state !== 'alerting') return fail('ConfNone', 'the agent has no conference invitation');
  return ok({ conf, agent, leg });
}

/**
 * CEC §6.1.6.2 answeragentconf: the invited agent joins: AgentOther_PhoneOffhook (when its phone
 * rang), AgentConf_SelfJoinResult, AgentMediaEvent_Record; the others hear ParticipantChanged
 * {changeType 0}.
 */
export function answerConference(engine: EngineCore, workNo: number): Result<null> {
  const found = ringingInvitation(engine, workNo);
  if (!found.ok) return found;
  invitationAnswered(engine, found.value.agent, found.value.conf.call, found.value.leg);
  return ok(null);
}

/** The invited agent's leg is answered (answeragentconf, or the phone or answer interface through the offer's origin). */
export function invitationAnswered(engine: EngineCore, agent: AgentRuntime, call: Call, leg: AgentLeg): void {
  const conf = conferenceOf(engine, agent.workNo);
  const participant = conf?.participants.get(participantKey('9', String(agent.workNo)));
  if (!conf || conf.call !== call || !participant) return;
  const now = engine.now();
  leg.ringTimer = engine.cancel(leg.ringTimer);
  if (!agent.phoneOffHook) {
    agent.phoneOffHook = true;
    engine.emit(agent.workNo, 'AgentOther_PhoneOffhook', { type: leg.type });
  }
  leg.state = 'talking';
  leg.sinceMs = now;
  leg.answeredAtMs = now;
  leg.cdr.callBeginMs = now;
  participant.state = 'joined';
  participant.enterTimeMs = now;
  playWelcome(engine, participant);
  engine.emit(agent.workNo, 'AgentConf_SelfJoinResult', confIdContent(conf));
  startRecording(engine, agent, call, leg);
  participantChanged(engine, conf, participant, { changeType: ChangeType.joined });
  for (const workNo of call.agents) {
    const member = engine.agents.get(workNo);
    if (member) refreshCallOperation(engine, member);
  }
}

/**
 * CEC §6.1.6.3 rejectagentconf: the invited agent declines: AgentOther_PhoneRelease and
 * AgentState_Ready; the others hear ParticipantChanged (result 1, the invitation failed).
 */
export function rejectConference(engine: EngineCore, workNo: number): Result<null> {
  const found = ringingInvitation(engine, workNo);
  if (!found.ok) return found;
  agentLeavesConference(engine, found.value.conf, found.value.agent, { changeReason: ChangeReason.left, leaveReason: LeaveReason.agentRejected });
  return ok(null);
}

/** An invitation leg was taken away by the calls layer (sign-out, voicecall reject): the invitation fails. */
export function invitationLost(engine: EngineCore, call: Call): void {
  const conf = call.conferenceId === undefined ? undefined : conferenceById(engine, call.conferenceId);
  if (!conf) return;
  for (const participant of [...conf.participants.values()]) {
    if (participant.addressType !== '9' || participant.state !== 'ringing') continue;
    if (engine.agents.get(Number(participant.address))?.legs.has(call.callId)) continue;
    invitationFailed(engine, conf, participant);
  }
}

/**
 * A phone participant is dialled on the simulated network: on answer it joins (its row is a
 * "common call" device visit, type 7, decision 0403); a busy or unreachable number fails.
 */
function dialNumber(engine: EngineCore, conf: Conference, participant: ConfParticipant, caller: string): void {
  if (conf.phase !== 'active' || conf.participants.get(participantKey('6', participant.address)) !== participant) return;
  const call = conf.call;
  const now = engine.now();
  const party: ExternalParty = { number: participant.address, state: 'dialing', cdr: openCdr(engine, call, { type: DeviceType.external, no: 0, deviceIn: participant.address, serviceNo: caller }, { waitBeginMs: now }), timers: [], ivrFlowId: null };
  call.externals.push(party);
  participant.external = party;
  const outcome = engine.telephony.dial(participant.address);
  const track = (timer: ReturnType<EngineCore['after']>) => {
    if (timer !== null) participant.timers.push(timer);
  };
  if (outcome.kind === 'answer') {
    track(engine.after(outcome.alertAfterMs, () => {
      if (party.state !== 'dialing') return;
      party.state = 'alerting';
      party.cdr!.ackBeginMs = engine.now();
    }));
    track(engine.after(Math.max(outcome.answerAfterMs, outcome.alertAfterMs), () => {
      if (party.state === 'released') return;
      participant.timers = [];
      party.state = 'connected';
      party.cdr!.ackBeginMs ??= engine.now();
      party.cdr!.callBeginMs = engine.now();
      participant.state = 'joined';
      participant.enterTimeMs = engine.now();
      playWelcome(engine, participant);
      participantChanged(engine, conf, participant, { changeType: ChangeType.joined });
    }));
    return;
  }
  track(engine.after(outcome.afterMs, () => numberLeavesConference(engine, conf, participant, { changeType: ChangeType.joined, result: 1, changeReason: ChangeReason.other, leaveReason: outcome.failure.leaveReason })));
}
