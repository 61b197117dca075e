import { syncState } from '../../../domain/agent/index.ts';
import { currentCallLeg, MonitorCommand, monitoredLeg, type AgentLeg, type AgentRuntime, type Call, type TenantEngine } from '../../../engine/index.ts';
import { statusView } from '../agent-status-view.ts';

/**
 * The snapshot of 6.1.1.25 syncagentinfo (Tables 6-90 to 6-93, ref L9075–9161) that a refreshed
 * agent page redraws from, read from the engine's live state. Types follow the example (ref
 * L9172–9219): times are strings of epoch milliseconds or null when there is none, except
 * `agentStateBeginTime`, a number. Decision 0504 records how each field is derived.
 */
export interface AgentStateInfo {
  callFeature: number;
  callData: string;
  lastState: number;
  preBusy: boolean;
  firsttalkingFlag: boolean;
  workNo: string;
  qcWorkNo: string;
  callerNo: string;
  beginHoldTime: string | null;
  state: number;
  talkingCallfeature: number;
  releaseFlag: number;
  calledNo: string;
  mainCallId: string;
  secondTalkingTime: string | null;
  preRest: boolean;
  recordID: string;
  currentTime: string;
  beginTalkingTime: string | null;
  partner: string;
  holdCallId: string;
  agentStateBeginTime: number;
  curCommand: number;
  curCallId: string;
  cmdBeginTime: string;
}

/**
 * `lastState`: 255 (Table 6-454, ref L21715), the value the example gives a freshly signed-in idle
 * agent (ref L9191). The engine keeps no history of states, so this is always "none" (decision 0504).
 */
const noState = 255;

/**
 * A call type of Table 6-455 (the engine's `feature`) in the coding of Table 6-92 (ref L9114–9128):
 * the same values except that 6-92 calls predicted outbound 44 and has no preview type ("-1
 * others"; note 02 §8.5 item 29). 0 without a call, as the idle example shows.
 */
function syncCallFeature(call: Call | undefined): number {
  if (!call) return 0;
  if ([0, 6, 7, 41, 45, 51, 52, 53].includes(call.feature)) return call.feature;
  return call.feature === 43 ? 44 : -1;
}

const msText = (ms: number | null | undefined): string | null => (ms === null || ms === undefined ? null : String(ms));

/** The command in progress (Table 6-93, ref L9130–9161) and since when. */
function currentCommand(agent: AgentRuntime, current: AgentLeg | undefined, held: AgentLeg | undefined): { command: number; sinceMs: number | null } {
  // An inspector (§12.1): insertion, listen, whisper or the switch between them; then the intercept.
  if (agent.monitor) return { command: agent.monitor.command, sinceMs: agent.monitor.commandSinceMs };
  if (current?.state === 'talking' && current.interceptedFrom !== undefined) return { command: MonitorCommand.intercept, sinceMs: current.sinceMs };
  if (current && agent.muted) return { command: 8, sinceMs: current.sinceMs };
  if (current?.state === 'occupied') return { command: agent.legs.size === 1 ? 4 : 5, sinceMs: current.sinceMs };
  if (held && current === held) return { command: 6, sinceMs: held.sinceMs };
  if (!current && agent.work === 'busy') return { command: 30, sinceMs: agent.workSinceMs };
  if (!current && agent.work === 'rest') return { command: 31, sinceMs: agent.workSinceMs };
  return { command: 0, sinceMs: null };
}

/**
 * `callinfo` (Table 6-90 3.1, a string): the current call as the core fields of 6.1.3.1's call
 * information (Table 6-202) in JSON text, or null without a call, as in the idle example.
 */
function callInfoText(engine: TenantEngine, call: Call | undefined): string | null {
  if (!call) return null;
  const skill = call.currentSkillId === null ? undefined : engine.config.skills.get(call.currentSkillId);
  return JSON.stringify({
    callfeature: call.feature,
    callid: call.callId,
    caller: call.caller,
    called: call.called,
    callskill: skill?.name ?? '',
    callskillid: call.currentSkillId ?? -1,
    orgcallednum: call.origCalled,
    calldata: call.callData,
    begintime: call.createdAtMs,
    mediaAbility: call.mediaAbility,
  });
}

export function agentStateSnapshot(engine: TenantEngine, agent: AgentRuntime): { callinfo: string | null; agentStateInfo: AgentStateInfo } {
  // The legs in the order the agent got them: the first is the main call, the second the
  // consultation or the call made while the first was held.
  const legs = [...agent.legs.values()];
  const [main, second] = legs;
  const current = currentCallLeg(agent);
  const held = legs.find((l) => l.state === 'held');
  const talking = legs.find((l) => l.state === 'talking');
  const callOf = (leg: AgentLeg | undefined) => (leg ? engine.calls.get(leg.callId) : undefined);
  const mainCall = callOf(main);
  const currentCall = callOf(current);
  const command = currentCommand(agent, current, held);
  const partners = currentCall ? [...currentCall.agents].filter((w) => w !== agent.workNo).map(String) : [];
  // An inspector's partner is the agent it monitors, on whichever call that agent talks (decision 1201).
  const monitor = agent.monitor;
  const monitored = monitor ? monitoredLeg(engine, monitor) : undefined;
  return {
    callinfo: callInfoText(engine, currentCall),
    agentStateInfo: {
      callFeature: syncCallFeature(mainCall),
      callData: mainCall?.callData ?? '',
      lastState: noState,
      preBusy: agent.preBusy,
      firsttalkingFlag: main !== undefined && main.state === 'talking',
      workNo: String(agent.workNo),
      qcWorkNo: agent.monitoredBy == null ? '' : String(agent.monitoredBy),
      callerNo: currentCall?.caller ?? '',
      beginHoldTime: msText(held?.sinceMs),
      state: syncState(statusView(agent, engine)),
      talkingCallfeature: syncCallFeature(callOf(talking)),
      releaseFlag: 0,
      calledNo: currentCall?.called ?? '',
      mainCallId: main?.callId ?? '',
      secondTalkingTime: msText(second?.answeredAtMs),
      preRest: agent.preRest,
      recordID: current?.recording?.recordId ?? '',
      currentTime: String(engine.now()),
      beginTalkingTime: msText(main?.answeredAtMs),
      partner: monitor ? String(monitor.targetWorkNo) : partners.join(','),
      holdCallId: held?.callId ?? '',
      agentStateBeginTime: monitor ? monitor.commandSinceMs : current ? current.sinceMs : agent.workSinceMs,
      curCommand: command.command,
      curCallId: monitor ? (monitored?.callId ?? '') : (current?.callId ?? ''),
      cmdBeginTime: command.sinceMs === null ? '' : String(command.sinceMs),
    },
  };
}
