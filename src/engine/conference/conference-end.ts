import type { EngineCore, AgentRuntime, Call } from '../core/index.ts';
import { closeCdr, endCall, LeaveReason, ReleaseCause, stopRecording } from '../records/index.ts';
import { detachLeg, refreshCallOperation } from '../calls/index.ts';
import { releasePhone, settleAfterCall } from '../agent-state/index.ts';
import { conferenceById, removeConference, unbindAgent } from './conference-book.ts';
import { ChangeReason, ChangeType, confIdContent, participantChanged } from './conference-events.ts';
import { participantKey, type ConfParticipant, type Conference } from './conference-types.ts';

/** How an agent leaves a conference: its own events follow (note 02 §5.8), the others hear changeReason. */
export interface LeaveHow {
  changeReason: number;
  /** CDR leave reason of its row (13.2.3.7). */
  leaveReason: number;
  /** The session ends: no phone or work-state change, no events after the recording's (as finishAgentLeg 'signout'). */
  signout?: boolean;
  /** Tell the others (ParticipantChanged changeType 1); not when the whole conference ends. */
  notify?: boolean;
}

function stopTimers(engine: EngineCore, participant: ConfParticipant): void {
  for (const timer of participant.timers) engine.cancel(timer);
  participant.timers = [];
  if (participant.announcement) participant.announcement.timer = engine.cancel(participant.announcement.timer);
}

/**
 * An agent leaves the conference (leave 6.1.6.4, removed 6.1.6.11, the end 6.1.6.5):
 * AgentMediaEvent_StopRecordDone, AgentOther_PhoneRelease, AgentConf_SelfLeaveResult, then its
 * work state as before the conference (AgentState_Ready when it was idle; decision 0462).
 */
export function agentLeavesConference(engine: EngineCore, conf: Conference, agent: AgentRuntime, how: LeaveHow): void {
  const key = participantKey('9', String(agent.workNo));
  const participant = conf.participants.get(key);
  if (participant) stopTimers(engine, participant);
  conf.participants.delete(key);
  unbindAgent(engine, agent.workNo);
  const call = conf.call;
  const leg = agent.legs.get(call.callId);
  if (leg) {
    engine.cancel(leg.ringTimer);
    closeCdr(engine, call, leg.cdr, how.leaveReason);
    stopRecording(engine, agent, leg);
    const wasRinging = leg.state === 'alerting' && !agent.phoneOffHook;
    detachLeg(agent, call, engine.now());
    if (!how.signout) {
      releasePhone(engine, agent, 3, wasRinging);
      if (participant?.state === 'joined') engine.emit(agent.workNo, 'AgentConf_SelfLeaveResult', confIdContent(conf));
      settleAfterCall(engine, agent, { answered: false, skillId: null });
    }
  }
  // An invitation that ends unanswered is a join that failed (decision 0460).
  if (participant && how.notify !== false) participantChanged(engine, conf, participant, participant.state === 'joined' ? { changeType: ChangeType.left, changeReason: how.changeReason } : { changeType: ChangeType.joined, result: 1 });
  afterLeave(engine, conf);
}

/** A phone participant leaves (removed, its dial failed, the conference ends): its row closes. */
export function numberLeavesConference(engine: EngineCore, conf: Conference, participant: ConfParticipant, how: LeaveHow & { result?: number; changeType?: number }): void {
  stopTimers(engine, participant);
  conf.participants.delete(participantKey(participant.addressType, participant.address));
  const call = conf.call;
  const party = participant.external;
  if (party && party.state !== 'released') {
    for (const timer of party.timers) engine.cancel(timer);
    party.timers = [];
    party.state = 'released';
    if (party.cdr) closeCdr(engine, call, party.cdr, how.leaveReason);
    call.externals = call.externals.filter((p) => p !== party);
  }
  if (how.notify !== false) participantChanged(engine, conf, participant, { changeType: how.changeType ?? ChangeType.left, changeReason: how.changeReason, result: how.result ?? 0 });
  afterLeave(engine, conf);
}

function afterLeave(engine: EngineCore, conf: Conference): void {
  if (conf.call.ended) return;
  for (const workNo of conf.call.agents) {
    const agent = engine.agents.get(workNo);
    if (agent) refreshCallOperation(engine, agent);
  }
}

/**
 * The conference ends (6.1.6.5 by the chair, its time up, the chair gone): every agent leaves with
 * changeReason 3 (the chair first), phone participants are dropped, and the call's last row
 * carries release cause 531.
 */
export function endConference(engine: EngineCore, conf: Conference, how: { signedOut?: number }): void {
  if (conferenceById(engine, conf.confId) !== conf) return;
  conf.phase = 'ended';
  removeConferenceTimers(engine, conf);
  removeConference(engine, conf);
  // The call ends first, so that its last CDR row is numbered −1 with the release cause (13.2.2.1).
  if (!conf.call.ended) endCall(engine, conf.call, ReleaseCause.normal, LeaveReason.normal);
  const order = [...conf.participants.values()].sort((a, b) => b.role - a.role);
  for (const participant of order) {
    if (participant.addressType === '9') {
      const agent = engine.agents.get(Number(participant.address));
      if (agent) agentLeavesConference(engine, conf, agent, { changeReason: ChangeReason.conferenceEnded, leaveReason: LeaveReason.normal, notify: false, signout: agent.workNo === how.signedOut });
      else conf.participants.delete(participantKey('9', participant.address));
    } else numberLeavesConference(engine, conf, participant, { changeReason: ChangeReason.conferenceEnded, leaveReason: LeaveReason.normal, notify: false });
  }
}

function removeConferenceTimers(engine: EngineCore, conf: Conference): void {
  conf.timeoutTimer = engine.cancel(conf.timeoutTimer);
  conf.endTimer = engine.cancel(conf.endTimer);
  if (conf.announcement) conf.announcement.timer = engine.cancel(conf.announcement.timer);
  if (conf.background) conf.background.timer = engine.cancel(conf.background.timer);
}

/**
 * An agent's conference leg ends by a path of the calls layer (the engine's `conferenceLegEnds`
 * reaction): release or dropcall on the conference call is leaving it, sign-out leaves with
 * changeReason 4; the chair's going ends the conference (decision 0462).
 */
export function conferenceLegEnds(engine: EngineCore, agent: AgentRuntime, call: Call, by: string): void {
  const conf = call.conferenceId === undefined ? undefined : conferenceById(engine, call.conferenceId);
  if (!conf) return;
  const signout = by === 'signout';
  if (conf.chairWorkNo === agent.workNo) return endConference(engine, conf, { signedOut: signout ? agent.workNo : undefined });
  agentLeavesConference(engine, conf, agent, { changeReason: signout ? ChangeReason.signedOut : ChangeReason.left, leaveReason: LeaveReason.agentReleased, signout });
}
