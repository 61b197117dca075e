import type { EngineCore } from '../core/index.ts';
import { fail, ok, type AgentRuntime, type MonitorMode, type MonitorSession, type Result } from '../core/index.ts';
import { refreshAvailability } from '../routing/index.ts';
import { beginOperation, OpType } from '../records/index.ts';
import { releasePhone, settleAfterCall } from '../agent-state/index.ts';
import { currentLeg } from '../calls/index.ts';
import { inspectedAgent, inspectorOf, type InspectionRequest, type InspectionScope } from './inspection-scope.ts';

/** Table 6-93 commands of an inspector (ref L9150–9156). */
export const MonitorCommand = { insert: 20, listen: 21, switch: 22, intercept: 23, whisper: 24 } as const;

/**
 * CEC §12.1.1 addinsert, §12.1.2 addsupervise, §12.1.12 requestwhisperagent: an idle inspector
 * starts monitoring an agent. The platform calls the inspector's phone (AgentOther_PhoneAlerting);
 * it picks up after its answer delay (AgentOther_PhoneOffhook) and the inspector is occupied
 * (AgentState_Busy), the three documented Triggered Events (ref L41422–41424). The agent and the
 * customer hear of nothing (ref L41463). The agent needs no call: the monitor joins the calls it
 * talks on while the session lasts (decision 1201). A state that does not allow it is 900-005 for
 * listen and insert (ref L41433) and 900-003 for whisper, whose list has no 900-005.
 */
export function startMonitor(engine: EngineCore, request: InspectionRequest, mode: MonitorMode): Result<null> {
  const checked = inspectedAgent(engine, request, mode === 'whisper' ? 'QcNoAgentInfo' : 'QcUnavailable');
  if (!checked.ok) return checked;
  const { inspector, target } = checked.value;
  const abnormal = mode === 'whisper' ? 'QcUnavailable' : 'QcStateAbnormal';
  if (inspector.monitor || inspector.legs.size > 0 || inspector.work !== 'idle') return fail(abnormal, 'the inspector is not idle');
  if (target.monitoredBy != null) return fail(abnormal, `agent ${target.workNo} is already inspected by ${target.monitoredBy}`);
  if (target.monitor) return fail(abnormal, `agent ${target.workNo} is inspecting another agent`);
  const call = currentCallOf(engine, target);
  // CEC §12.1 NOTE (ref L41356): "Currently, video calls are not supported." Nor are text sessions
  // (note 07 §5.A.5): only a voice call (media ability 1) has a conversation to listen to.
  if (call && call.mediaAbility !== 1) return fail(abnormal, 'only voice calls can be inspected');
  const now = engine.now();
  const session: MonitorSession = { inspectorWorkNo: inspector.workNo, targetWorkNo: target.workNo, mode, phase: 'alerting', ringTimer: null, startedAtMs: now, command: MonitorCommand[mode], commandSinceMs: now };
  inspector.monitor = session;
  target.monitoredBy = inspector.workNo;
  refreshAvailability(engine, inspector);
  beginOperation(engine, inspector, OpType.inspecting, { opObject: String(target.workNo), opCause: 0, callId: call?.callId ?? '', skillId: call?.currentSkillId ?? null });
  engine.output.fact('monitorStarted', { inspector: inspector.workNo, workNo: target.workNo, mode });
  if (!inspector.phoneOffHook) engine.emit(inspector.workNo, 'AgentOther_PhoneAlerting');
  // The inspector asked for the call: its phone picks up whatever autoanswer says (like requestcall).
  const delayMs = engine.telephony.agentPhoneAnswerDelayMs(inspector.workNo, inspector.options.phonenum);
  session.ringTimer = engine.after(delayMs, () => monitorAnswered(engine, inspector, session));
  return ok(null);
}

function monitorAnswered(engine: EngineCore, inspector: AgentRuntime, session: MonitorSession): void {
  if (inspector.monitor !== session || engine.agents.get(inspector.workNo) !== inspector) return;
  session.ringTimer = null;
  session.phase = 'connected';
  if (!inspector.phoneOffHook) {
    inspector.phoneOffHook = true;
    engine.emit(inspector.workNo, 'AgentOther_PhoneOffhook', { type: 'main' });
  }
  engine.emit(inspector.workNo, 'AgentState_Busy');
}

function currentCallOf(engine: EngineCore, agent: AgentRuntime) {
  const leg = currentLeg(agent);
  return leg ? engine.calls.get(leg.callId) : undefined;
}

/**
 * The inspector's session a request names: `targetWorkNo` when given (checked like any inspected
 * agent), else whichever agent the inspector monitors (the whisper interfaces' optional
 * `whisperagentid`, ref L42360). No such session: 900-003, the "resource unavailable" of every list.
 */
export function ownSession(
  engine: EngineCore,
  request: { inspectorWorkNo: number; targetWorkNo: number | undefined; scope: InspectionScope },
  missing: 'QcUnavailable' | 'QcNoAgentInfo',
): Result<{ inspector: AgentRuntime; session: MonitorSession }> {
  const found = inspectorOf(engine, request.inspectorWorkNo);
  if (!found.ok) return found;
  const inspector = found.value;
  if (request.targetWorkNo === undefined) {
    if (!inspector.monitor) return fail(missing, 'the inspector inspects no agent');
    return ok({ inspector, session: inspector.monitor });
  }
  const checked = inspectedAgent(engine, { ...request, targetWorkNo: request.targetWorkNo }, missing);
  if (!checked.ok) return checked;
  const session = inspector.monitor;
  if (!session || session.targetWorkNo !== request.targetWorkNo) return fail('QcUnavailable', `the inspector does not inspect agent ${request.targetWorkNo}`);
  return ok({ inspector, session });
}

/**
 * CEC §12.1.10 switch/{workNo} (`to` 'toggle': listen ⇄ insert; a whisper is not one of the two,
 * 900-003) and §12.1.14 requestswitchinsertwhisperagent (switchtype 0 listen, 1 insert, 2 whisper,
 * ref L42544). No events (ref L42222, L42579); the inspector's state and command change
 * (Table 6-454 16/15/17, Table 6-93 22 "Switch"). Switching to the mode in use changes nothing.
 */
export function switchMonitor(engine: EngineCore, session: MonitorSession, to: MonitorMode | 'toggle'): Result<null> {
  let next: MonitorMode;
  if (to === 'toggle') {
    if (session.mode === 'whisper') return fail('QcUnavailable', 'listening and inserting switch only between each other');
    next = session.mode === 'listen' ? 'insert' : 'listen';
  } else {
    next = to;
  }
  if (next === session.mode) return ok(null);
  session.mode = next;
  session.command = MonitorCommand.switch;
  session.commandSinceMs = engine.now();
  engine.output.fact('monitorSwitched', { inspector: session.inspectorWorkNo, workNo: session.targetWorkNo, mode: next });
  return ok(null);
}

/**
 * Ends a monitoring session (§12.1.4 cancel, §12.1.13 stop whispering, the agent signing out). The
 * inspector's leg is released: AgentOther_PhoneRelease (phoneState 3) and the inspector settles
 * like after an unanswered call, AgentState_Ready (ref L41691–41692), or the rest or busy it asked
 * for meanwhile. `silent` when the inspector's own session is ending.
 */
export function endMonitor(engine: EngineCore, inspector: AgentRuntime, how: { silent: boolean }): void {
  const session = inspector.monitor;
  if (!session) return;
  session.ringTimer = engine.cancel(session.ringTimer);
  inspector.monitor = null;
  const target = engine.agents.get(session.targetWorkNo);
  if (target?.monitoredBy === inspector.workNo) target.monitoredBy = null;
  engine.output.fact('monitorEnded', { inspector: inspector.workNo, workNo: session.targetWorkNo });
  if (how.silent) return;
  releasePhone(engine, inspector, 3, session.phase === 'alerting');
  settleAfterCall(engine, inspector, { answered: false, skillId: null });
}

/** §12.1.4 / §12.1.13: the inspector stops monitoring the agent named (or the one it monitors). */
export function stopMonitor(engine: EngineCore, request: { inspectorWorkNo: number; targetWorkNo: number | undefined; scope: InspectionScope }, missing: 'QcUnavailable' | 'QcNoAgentInfo'): Result<null> {
  const own = ownSession(engine, request, missing);
  if (!own.ok) return own;
  endMonitor(engine, own.value.inspector, { silent: false });
  return ok(null);
}

/** What inspection does when a session ends (engine-core.ts `Reactions.sessionEnding`). */
export function monitoringEnds(engine: EngineCore, agent: AgentRuntime): void {
  if (agent.monitor) endMonitor(engine, agent, { silent: true });
  const inspector = agent.monitoredBy == null ? undefined : engine.agents.get(agent.monitoredBy);
  if (inspector?.monitor?.targetWorkNo === agent.workNo) endMonitor(engine, inspector, { silent: false });
}
