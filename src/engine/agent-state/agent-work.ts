import { decideWorkRequest, isRejection, type WorkRequest } from '../../domain/agent/index.ts';
import type { EngineCore } from '../core/index.ts';
import { fail, ok, type AgentRuntime, type Result } from '../core/index.ts';
import { refreshAvailability, serveAgent } from '../routing/index.ts';
import { workOperation } from '../records/index.ts';
import { admitWaitingRests, dropRestApplication, fileRestApplication, restAdmission } from './rest-admission.ts';

export interface WorkParams {
  /** saybusy reason (0 or 200–250). */
  busyReason?: number;
  /** rest duration in seconds (1–86399) and cause (0–255). */
  restSeconds?: number;
  restCause?: number;
  prolong?: boolean;
  /** Operation cause of the busy interval (Table 12-702 op 3 cause 3: forced by an inspector). */
  busyOpCause?: number;
}

/**
 * The work-state interfaces of §6.1.1 (sayfree, saybusy, cancelbusy, rest, cancelrest, work,
 * cancelwork), decided by the table in src/domain/agent and applied here with their events, the
 * rest timer, statistics and the operation journal. Inspectors' forced changes (§12.1) use this too.
 */
export function requestWork(engine: EngineCore, workNo: number, request: WorkRequest, params: WorkParams = {}): Result<null> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  const result = heldBackRest(engine, agent, request, params) ?? applyWork(engine, agent, request, params);
  admitRests(engine);
  return result;
}

/** Grants the waiting rests a quota now allows (after rests end, sign-outs and skill changes). */
export function admitRests(engine: EngineCore): void {
  if (engine.restApplicants.size === 0) return;
  admitWaitingRests(engine, (agent, application) => {
    applyWork(engine, agent, 'rest', { restSeconds: application.seconds, restCause: application.cause });
  });
}

/**
 * A rest request a quota or an approval holds back (decision 0850): the request is accepted and the
 * agent carries on in its state until the rest is granted, with AgentState_SetRest_Success then.
 * cancelrest withdraws a waiting application; an inspector's forced change replaces it (forcerest
 * is the approval). Undefined: the request goes through the work-state table as usual.
 */
function heldBackRest(engine: EngineCore, agent: AgentRuntime, request: WorkRequest, params: WorkParams): Result<null> | undefined {
  const granted = agent.work === 'rest' || agent.preRest;
  if (request === 'cancelRest' && agent.restApplication && !granted) {
    dropRestApplication(engine, agent);
    engine.emit(agent.workNo, 'AgentState_CancelRest_Success');
    return ok(null);
  }
  if (request === 'forceBusy' || request === 'forceRest' || request === 'forceIdle') {
    if (dropRestApplication(engine, agent) && request === 'forceIdle' && !granted) engine.emit(agent.workNo, 'AgentState_CancelRest_Success');
    return undefined;
  }
  if (request !== 'rest' || granted) return undefined;
  const admission = restAdmission(engine, agent);
  if (admission.admitted) {
    dropRestApplication(engine, agent);
    return undefined;
  }
  fileRestApplication(engine, agent, { seconds: params.restSeconds ?? 0, cause: params.restCause ?? 0 }, admission);
  return ok(null);
}

function applyWork(engine: EngineCore, agent: AgentRuntime, request: WorkRequest, params: WorkParams): Result<null> {
  const workNo = agent.workNo;
  // An inspector's monitoring leg (§12.1) is a call too: busy and rest wait until it ends.
  const inCall = agent.legs.size > 0 || Boolean(agent.monitor);
  const decision = decideWorkRequest({ work: agent.work, inCall, preBusy: agent.preBusy, preRest: agent.preRest }, request, { prolong: params.prolong });
  if (isRejection(decision)) return fail('StateIncorrect', decision.reason);
  const busyRequest = request === 'sayBusy' || request === 'forceBusy';
  if (busyRequest) agent.busyOpCause = params.busyOpCause;
  if (busyRequest && inCall) agent.preBusyReason = params.busyReason ?? 0;
  if ((request === 'rest' || request === 'forceRest') && inCall) {
    agent.preRestCause = params.restCause ?? 0;
    agent.preRestSeconds = params.restSeconds ?? 0;
    if (!agent.preRest) agent.preRestSinceMs = engine.now();
  }
  agent.preBusy = decision.preBusy;
  agent.preRest = decision.preRest;
  if (decision.events.length === 0) return ok(null);

  const now = engine.now();
  closeWorkInterval(engine, agent, now);
  agent.work = decision.work;
  agent.workSinceMs = now;
  agent.wrapupTimer = engine.cancel(agent.wrapupTimer);
  if (decision.work === 'busy') agent.busyReason = params.busyReason ?? 0;
  if (decision.work === 'rest') {
    agent.restCause = params.restCause ?? 0;
    agent.restDurationSeconds = params.restSeconds ?? agent.restDurationSeconds;
  }
  for (const event of decision.events) {
    if (event === 'AgentState_SetNotReady_Success') {
      agent.statistics.busyCount += 1;
      engine.emit(workNo, event, { reason: String(agent.busyReason) });
    } else if (event === 'AgentState_SetRest_Success') {
      agent.statistics.restCount += 1;
      engine.emit(workNo, event, { reason: String(agent.restCause) });
    } else {
      engine.emit(workNo, event);
    }
  }
  if (decision.startsRest) startRestTimer(engine, agent);
  workOperation(engine, agent);
  refreshAvailability(engine, agent);
  if (agent.work === 'idle') serveAgent(engine, agent);
  return ok(null);
}

/**
 * Rest lasts the requested time; then AgentState_Rest_Timeout reminds the agent, who stays in rest
 * ("does not indicate that the agent exits the Rest state", ref L19840) and is now over time.
 */
export function startRestTimer(engine: EngineCore, agent: AgentRuntime, delayMs = agent.restDurationSeconds * 1000): void {
  agent.restTimer = engine.cancel(agent.restTimer);
  if (agent.restDurationSeconds <= 0) return;
  const workNo = agent.workNo;
  agent.restTimer = engine.after(Math.max(0, delayMs), () => {
    const live = engine.agents.get(workNo);
    if (!live || live.work !== 'rest') return;
    live.restTimer = null;
    live.statistics.restOutCount += 1;
    engine.emit(workNo, 'AgentState_Rest_Timeout');
  });
}

/** Adds the time spent in the state being left to the session statistics (6.1.3.9). */
function closeWorkInterval(engine: EngineCore, agent: AgentRuntime, now: number): void {
  const seconds = Math.max(0, Math.round((now - agent.workSinceMs) / 1000));
  if (agent.work === 'busy') agent.statistics.busyTimeSeconds += seconds;
  if (agent.work === 'rest') {
    const allowed = agent.restDurationSeconds;
    agent.statistics.restTimeSeconds += Math.min(seconds, allowed || seconds);
    if (allowed > 0 && seconds > allowed) agent.statistics.restOutTimeSeconds += seconds - allowed;
    agent.restTimer = engine.cancel(agent.restTimer);
  }
}
