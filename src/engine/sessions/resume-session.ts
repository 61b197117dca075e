import { afterCallWorkState, gatewayStatus, type WorkState } from '../../domain/agent/index.ts';
import type { EngineCore } from '../core/index.ts';
import type { AgentRuntime } from '../core/index.ts';
import { refreshAvailability, serveAgent } from '../routing/index.ts';
import { armWrapup, releasePhone, settleAfterCall, startRestTimer } from '../agent-state/index.ts';
import { armLiveness } from './agent-session.ts';
import { claimPhone, phoneRefusal } from './phone-use.ts';
import type { SessionSnapshot } from './session-snapshot.ts';

/**
 * Rebuilds a session another owner of the VDN kept durable (decision 1720), in a new engine that
 * has served no request yet: same GUIDs (the current one and a rotated one still in its grace),
 * logon_sn, skills, phone, push settings and work state; its open journal period goes on. The
 * calls it was on are gone (their CDRs were closed by the takeover), so an agent that was on a
 * call settles as after any call: wrap-up or idle as `autoenteridle` says, or the rest or busy it
 * asked for during the call. Its first event is Agent_Recover (§6.5.1.11, ref L21016) with the
 * CC-Gateway status it is in now (Table 6-452), then what the lost call's end brings.
 * Returns false when the session cannot go on here (the account is gone, the phone is taken).
 */
export function resumeSession(engine: EngineCore, saved: SessionSnapshot): boolean {
  const account = engine.config.agents.get(saved.workNo);
  if (!account || engine.agents.has(saved.workNo)) return false;
  if (!phoneRefusal(engine, saved.workNo, saved.options.phonenum).ok) return false;
  const now = engine.now();
  const d = saved.details;
  const agent: AgentRuntime = {
    workNo: saved.workNo,
    config: account,
    sessionId: saved.sessionId,
    loginTimeMs: saved.loginTimeMs,
    options: saved.options,
    guid: saved.guid,
    guidIssuedAtMs: saved.guidIssuedAtMs,
    previousGuid: saved.previousGuid ? { ...saved.previousGuid } : null,
    // The agent could not reach the owner that stopped: its idle time starts again now.
    lastActivityMs: now,
    livenessTimer: null,
    work: saved.work,
    workSinceMs: saved.workSinceMs,
    busyReason: d.busyReason,
    ...(d.busyOpCause !== undefined ? { busyOpCause: d.busyOpCause } : {}),
    restCause: d.restCause,
    restDurationSeconds: d.restDurationSeconds,
    restTimer: null,
    wrapupTimer: null,
    preBusy: d.preBusy,
    preBusyReason: d.preBusyReason,
    preRest: d.preRest,
    preRestCause: d.preRestCause,
    preRestSeconds: d.preRestSeconds,
    preRestSinceMs: d.preRestSinceMs,
    talkRight: d.talkRight,
    customState: d.customState,
    signedInSkills: new Set(saved.signedInSkills.filter((id) => engine.config.skills.has(id))),
    phoneOffHook: d.phoneOffHook,
    legs: new Map(),
    muted: false,
    lastCallId: d.lastCallId,
    statistics: d.statistics,
    operation: saved.operation,
    preview: null,
    ...(d.chatCapacity ? { chatCapacity: new Map(d.chatCapacity) } : {}),
  };
  engine.agents.set(agent.workNo, agent);
  claimPhone(engine, agent);
  for (const skillId of agent.signedInSkills) engine.signedInTo(skillId).add(agent.workNo);
  engine.output.sessionOpened(agent);
  engine.output.fact('sessionResumed', { workNo: agent.workNo, lostCalls: saved.legs.length });
  const answered = saved.legs.some((leg) => leg.state === 'talking' || leg.state === 'held');
  const lostCall = saved.legs.length > 0;
  const status: WorkState = !lostCall ? agent.work : answered ? afterCallWorkState(agent, agent.options.autoEnterIdle) : agent.preRest ? 'rest' : agent.preBusy ? 'busy' : 'idle';
  engine.emit(agent.workNo, 'Agent_Recover', { agentStatus: String(gatewayStatus({ signedIn: true, work: status, activity: 'none', preRest: false, preBusy: false, muted: false, conference: false, helping: false })) });
  armLiveness(engine, agent);
  if (lostCall) {
    releasePhone(engine, agent, 3);
    settleAfterCall(engine, agent, { answered, skillId: saved.legs[0]!.skillId });
    return true;
  }
  if (agent.work === 'rest' && d.restTimerRunning) startRestTimer(engine, agent, agent.workSinceMs + agent.restDurationSeconds * 1000 - now);
  if (agent.work === 'work' && d.wrapupEndsAtMs !== null) armWrapup(engine, agent, d.wrapupEndsAtMs);
  refreshAvailability(engine, agent);
  if (agent.work === 'idle') serveAgent(engine, agent);
  return true;
}
