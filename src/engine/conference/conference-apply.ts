import type { EngineCore, AgentLeg, AgentRuntime, Call, Result } from '../core/index.ts';
import { fail, ok } from '../core/index.ts';
import { LeaveReason, ReleaseCause, endCall, startRecording } from '../records/index.ts';
import { createCall, leaveLegQuietly, refreshCallOperation, startAgentCall, talkingLeg } from '../calls/index.ts';
import { mergeInto } from '../call-control/index.ts';
import { addConference, bindAgent, conferenceOf, confFail } from './conference-book.ts';
import { confIdContent } from './conference-events.ts';
import { participantKey, type ConfParticipant, type Conference } from './conference-types.ts';
import { endConference } from './conference-end.ts';

/** Table 6-455 call type 53: a multi-party call. */
export const conferenceCallFeature = 53;
/** Table 6-276 / 6.1.6.8: a conference lasts at most 24 hours in all. */
export const conferenceMinutesMax = 1440;
export const conferenceMembersMax = 120;
const minuteMs = 60_000;
/** CTI cause 21205: only an idle agent or one in a (stable) call may apply for a conference. */
const causeAgentNotStable = 21205;

/** Table 6-276, with its defaults applied by the interface. */
export interface ConferenceRequest {
  memberNum: number;
  confCallerNo: string;
  timeMin: number;
  promptTimeMin: number;
  beepTone: boolean;
  voicePath: string | null;
}

/**
 * CEC §6.1.6.1 requestagentconf (note 02 §5.8): the agent applies for a conference and becomes its
 * chair. Refused at once when the agent is already in one (101-003). Otherwise accepted: an agent
 * that is not idle, or whose call is not stable (held, muted, playing, transferring, ref
 * L14355), hears AgentConf_RequestFailed {cause 21205}; else AgentState_Busy, its phone rings and
 * goes off-hook (AgentOther_PhoneAlerting, AgentOther_PhoneOffhook, unless already off-hook), then
 * AgentConf_SelfJoinResult and AgentConf_RequestSuccess. The parties of the agent's call join the
 * conference with it (decision 0461).
 */
export function requestConference(engine: EngineCore, workNo: number, request: ConferenceRequest): Result<null> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  if (conferenceOf(engine, workNo)) return fail('ConfAlreadyIn', 'the agent is in a conference');
  if (agent.config.isForceChange) return fail('ForceChangePassword', 'the agent must change its password before making calls');
  const current = stableCall(engine, agent);
  if (current === null) {
    engine.defer(() => engine.emit(workNo, 'AgentConf_RequestFailed', { cause: causeAgentNotStable }));
    return ok(null);
  }
  const call = createCall(engine, { feature: conferenceCallFeature, caller: request.confCallerNo || engine.config.defaultCallerNumber, called: String(workNo), customerNumber: null });
  const conf: Conference = {
    confId: engine.ids.next('task'),
    call,
    phase: 'applying',
    chairWorkNo: workNo,
    memberNum: request.memberNum,
    confCallerNo: call.caller,
    applyConfTimeMin: request.timeMin,
    // Table 6-276: a prompt time not shorter than the duration is the duration minus 1.
    promptTimeMin: request.promptTimeMin >= request.timeMin ? request.timeMin - 1 : request.promptTimeMin,
    startTimeMs: engine.now(),
    beepTone: request.beepTone,
    voicePath: request.beepTone ? request.voicePath : null,
    confState: 0,
    announcement: null,
    background: null,
    participants: new Map(),
    timeoutTimer: null,
    endTimer: null,
  };
  call.conferenceId = conf.confId;
  call.observer = (step) => {
    if (step === 'ended') endConference(engine, conf, {});
  };
  addConference(engine, conf);
  bindAgent(engine, workNo, conf);
  conf.participants.set(participantKey('9', String(workNo)), agentParticipant(workNo, 1, null));
  if (current) return ok(joinFromCall(engine, agent, conf, call, current));
  const leg = startAgentCall(engine, agent, call, undefined);
  engine.emit(workNo, 'AgentState_Busy');
  if (agent.phoneOffHook) {
    engine.defer(() => chairJoined(engine, agent, conf, call, leg));
    return ok(null);
  }
  engine.emit(workNo, 'AgentOther_PhoneAlerting');
  const delayMs = engine.telephony.agentPhoneAnswerDelayMs(workNo, agent.options.phonenum);
  leg.ringTimer = engine.after(delayMs, () => {
    if (agent.legs.get(call.callId) !== leg || call.ended) return;
    leg.ringTimer = null;
    agent.phoneOffHook = true;
    engine.emit(workNo, 'AgentOther_PhoneOffhook', { type: leg.type });
    chairJoined(engine, agent, conf, call, leg);
  });
  return ok(null);
}

/** The agent's call when it may become a conference: undefined when idle without calls, null when it may not apply. */
function stableCall(engine: EngineCore, agent: AgentRuntime): Call | undefined | null {
  if (agent.monitor || agent.phoneMedia) return null;
  if (agent.legs.size === 0) return agent.work === 'idle' ? undefined : null;
  const talking = talkingLeg(agent);
  if (!talking || agent.legs.size > 1 || agent.muted) return null;
  const call = engine.calls.get(talking.callId);
  if (!call || call.transfer || call.ivrHandBack || call.link || call.conferenceId !== undefined) return null;
  return call;
}

export function agentParticipant(workNo: number, role: 0 | 1, enterTimeMs: number | null): ConfParticipant {
  return { addressType: '9', address: String(workNo), deviceCallType: 0, deviceType: 0, channelAttrib: 3, channelState: 0, role, enterTimeMs, state: enterTimeMs === null ? 'ringing' : 'joined', holdVoicePath: null, announcement: null, welcome: null, external: null, timers: [] };
}

/**
 * The chair's call becomes the conference (decision 0461): its other parties move to the
 * conference call (their rows on the old call leave with reason 10, three-party conversation, and
 * new rows open), the old call ends, and the chair steps over without touching its phone.
 */
function joinFromCall(engine: EngineCore, agent: AgentRuntime, conf: Conference, call: Call, current: Call): null {
  const now = engine.now();
  const moved = mergeInto(engine, current, call, agent.workNo, LeaveReason.threeParty);
  for (const other of moved) {
    bindAgent(engine, other.workNo, conf);
    conf.participants.set(participantKey('9', String(other.workNo)), agentParticipant(other.workNo, 0, now));
  }
  for (const party of call.externals) {
    conf.participants.set(participantKey('6', party.number), { ...agentParticipant(0, 0, now), addressType: '6', address: party.number, external: party });
  }
  startAgentCall(engine, agent, call, undefined);
  endCall(engine, current, ReleaseCause.normal, LeaveReason.threeParty);
  leaveLegQuietly(engine, agent, current);
  const leg = agent.legs.get(call.callId)!;
  engine.emit(agent.workNo, 'AgentState_Busy');
  engine.defer(() => chairJoined(engine, agent, conf, call, leg));
  return null;
}

function chairJoined(engine: EngineCore, agent: AgentRuntime, conf: Conference, call: Call, leg: AgentLeg): void {
  if (agent.legs.get(call.callId) !== leg || call.ended) return;
  const now = engine.now();
  leg.state = 'talking';
  leg.sinceMs = now;
  leg.answeredAtMs = now;
  leg.cdr.ackBeginMs ??= now;
  leg.cdr.callBeginMs = now;
  conf.phase = 'active';
  conf.startTimeMs = now;
  const chair = conf.participants.get(participantKey('9', String(agent.workNo)))!;
  chair.enterTimeMs = now;
  chair.state = 'joined';
  engine.emit(agent.workNo, 'AgentConf_SelfJoinResult', confIdContent(conf));
  engine.emit(agent.workNo, 'AgentConf_RequestSuccess', confIdContent(conf));
  startRecording(engine, agent, call, leg);
  refreshCallOperation(engine, agent);
  armTimers(engine, conf);
}

/**
 * The conference's clock (note 02 §5.8): AgentConf_Timeout to the chair when the time left reaches
 * the prompt time, and the conference ends (changeReason 3) when its applied time is up.
 */
export function armTimers(engine: EngineCore, conf: Conference): void {
  engine.cancel(conf.timeoutTimer);
  engine.cancel(conf.endTimer);
  const endAtMs = conf.startTimeMs + conf.applyConfTimeMin * minuteMs;
  const promptAtMs = endAtMs - conf.promptTimeMin * minuteMs;
  const now = engine.now();
  conf.timeoutTimer = promptAtMs > now ? engine.after(promptAtMs - now, () => {
    conf.timeoutTimer = null;
    engine.emit(conf.chairWorkNo, 'AgentConf_Timeout', confIdContent(conf));
  }) : null;
  conf.endTimer = engine.after(Math.max(1, endAtMs - now), () => {
    conf.endTimer = null;
    endConference(engine, conf, {});
  });
}

/**
 * CEC §6.1.6.8 prolongtime: extends the conference by `prolongTime` minutes, but no further than
 * 1,440 minutes in all: `appliedTime` is what was granted (ref L15112–15134: 100 asked, 50
 * granted). The timeout notice is re-armed for the new end.
 */
export function prolongConference(engine: EngineCore, conf: Conference, prolongMin: number): Result<{ appliedTime: number }> {
  const appliedTime = Math.max(0, Math.min(prolongMin, conferenceMinutesMax - conf.applyConfTimeMin));
  if (appliedTime === 0) return confFail(21223, 'the conference already lasts 24 hours');
  conf.applyConfTimeMin += appliedTime;
  armTimers(engine, conf);
  return ok({ appliedTime });
}
