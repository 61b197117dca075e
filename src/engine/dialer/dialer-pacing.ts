import { DialerDevice, mayDialAt, pace, pacerParamsOf, defaultAbandonRateCeiling, type DialTarget } from '../../domain/outbound/dialing/index.ts';
import type { EngineCore } from '../core/index.ts';
import { dialFromAgent, Feature } from './agent-dial.ts';
import { callerFor, numberToDial, refuseTarget } from './dial-attempt.ts';
import type { CampaignRun } from './dialer-state.ts';
import { dialFromNetwork } from './network-dial.ts';
import { offerPreview } from './preview.ts';

/** The next record whose time has come, taken out of the buffer. */
function takeDue(run: CampaignRun, nowMs: number): DialTarget | null {
  const i = run.buffer.findIndex((t) => (t.notBeforeMs ?? 0) <= nowMs);
  if (i < 0) return null;
  return run.buffer.splice(i, 1)[0]!;
}

/**
 * Takes due records until one can be dialled: a record with no number left, or whose number is
 * blocked at dial time (O2's blacklist predicate), is reported finished without a call.
 */
function nextDialable(engine: EngineCore, run: CampaignRun): { target: DialTarget; history: NonNullable<ReturnType<typeof numberToDial>>['history'] } | null {
  for (let guard = 0; guard < 1000; guard++) {
    const target = takeDue(run, engine.now());
    if (!target) return null;
    const pick = numberToDial(run, target);
    if (!pick) {
      refuseTarget(engine, run, target, target.history ?? { numberIndex: 0, round: 0, numbers: [] }, '');
      continue;
    }
    const called = target.numbers[pick.index]!.calledNo;
    if (run.guards.isBlocked?.(called, engine.now())) {
      refuseTarget(engine, run, target, pick.history, called);
      continue;
    }
    return { target, history: pick.history };
  }
  return null;
}

/** Agents of the campaign's skill free for a new call (available and not holding a preview). */
function freeAgents(engine: EngineCore, run: CampaignRun): number[] {
  if (run.spec.skillId === null) return [];
  return engine
    .idleIn(run.spec.skillId)
    .workNos()
    .filter((w) => !run.previews.has(w) && !engine.agents.get(w)?.preview);
}

function capacityOf(run: CampaignRun): number {
  return run.spec.maxConcurrentCalls - run.inFlight.size - run.previews.size;
}

/** Inbound calls to the skill created within this window measure its arrival rate (decision 0757). */
const inboundWindowMs = 120_000;

/** Inbound calls a second that entered the skill lately: in a blended center they take agents the pacer would count on. */
function inboundPerSecond(engine: EngineCore, skillId: number): number {
  const since = engine.now() - inboundWindowMs;
  let n = 0;
  for (const call of engine.calls.values()) if (call.feature === 0 && call.firstSkillId === skillId && call.createdAtMs >= since) n++;
  return n / (inboundWindowMs / 1000);
}

/** Predictive (deviceType 2): as many network dials as the pacer allows (decision 0751). */
function predictive(engine: EngineCore, run: CampaignRun): void {
  const skillId = run.spec.skillId!;
  let dialling = 0;
  for (const a of run.inFlight.values()) if (a.phase === 'dialling') dialling++;
  const idle = freeAgents(engine, run).length;
  const signedIn = engine.signedInTo(skillId).size;
  const decision = pace(
    {
      idleAgents: idle,
      busyAgents: Math.max(0, signedIn - idle),
      dialling,
      // Answered calls still queued (inbound ones too) will take the next free agents.
      waitingAnswered: engine.waitingIn(skillId).size,
      inboundPerSecond: inboundPerSecond(engine, skillId),
      ...(({ attempts, answered }) => ({ maturedAttempts: attempts, maturedAnswered: answered }))(run.answers.matured(engine.now())),
      answeredToday: run.today.answered,
      abandonedToday: run.today.abandoned,
      avgHandleSeconds: run.handleSeconds,
      handledCalls: run.handled,
      avgAnswerDelaySeconds: run.answerDelaySeconds,
      capacity: capacityOf(run),
    },
    pacerParamsOf(run.spec.predictParam, run.spec.abandonRateCeiling ?? defaultAbandonRateCeiling),
  );
  for (let i = 0; i < decision.dial; i++) {
    const next = nextDialable(engine, run);
    if (!next) return;
    dialFromNetwork(engine, run, next.target, next.history, callerFor(engine, run, next.target));
  }
}

/** Preempted / progressive (deviceType 6): one call per free agent, the agent occupied first (AgentEvent_Agent_Occupied). */
function progressive(engine: EngineCore, run: CampaignRun): void {
  for (const workNo of freeAgents(engine, run)) {
    if (capacityOf(run) <= 0) return;
    const agent = engine.agents.get(workNo);
    if (!agent) continue;
    const next = nextDialable(engine, run);
    if (!next) return;
    engine.emit(workNo, 'AgentEvent_Agent_Occupied');
    const placed = dialFromAgent(engine, run, agent, next.target, next.history, callerFor(engine, run, next.target), Feature.presold);
    if (!placed.ok) run.buffer.unshift({ ...next.target, history: next.history });
  }
}

/** Preview (deviceType 5): every `failInterval` s, up to `obCallCount` records to free agents. */
function preview(engine: EngineCore, run: CampaignRun): void {
  const params = run.spec.previewParam ?? { failInterval: 3, obCallCount: 1, autoCallTime: 0 };
  if (!dueBatch(engine, run, params.failInterval)) return;
  const agents = freeAgents(engine, run).slice(0, params.obCallCount);
  for (const workNo of agents) {
    if (capacityOf(run) <= 0) return;
    const agent = engine.agents.get(workNo);
    const next = agent ? nextDialable(engine, run) : null;
    if (!agent || !next) return;
    offerPreview(engine, run, agent, next.target, next.history);
  }
}

/**
 * IVR campaigns (deviceType 1, 3): Table 7-5 NOTE (ref L21944): every min(callInterval, 3) s,
 * (callCount / callInterval) × that interval calls, as a token bucket so that long intervals do
 * not over-dial (note 04 §5.6).
 */
function ivr(engine: EngineCore, run: CampaignRun): void {
  const params = run.spec.ivrParam ?? { deviceSign: '', callCount: 1, callInterval: 1 };
  const every = Math.min(params.callInterval, 3);
  if (!dueBatch(engine, run, every)) return;
  run.tokens = Math.min(params.callCount, run.tokens + (params.callCount / params.callInterval) * every);
  while (run.tokens >= 1 && capacityOf(run) > 0) {
    const next = nextDialable(engine, run);
    if (!next) return;
    run.tokens -= 1;
    dialFromNetwork(engine, run, next.target, next.history, callerFor(engine, run, next.target));
  }
}

function dueBatch(engine: EngineCore, run: CampaignRun, everySeconds: number): boolean {
  const now = engine.now();
  if (now - run.lastBatchMs < everySeconds * 1000) return false;
  run.lastBatchMs = now;
  return true;
}

/** One pacing step of a running campaign inside its calling window. */
export function dialNow(engine: EngineCore, run: CampaignRun): void {
  if (run.status !== 'running' || !mayDialAt(run.spec.schedule, engine.now()) || capacityOf(run) <= 0) return;
  switch (run.spec.deviceType) {
    case DialerDevice.predictive:
      return predictive(engine, run);
    case DialerDevice.preempted:
      return progressive(engine, run);
    case DialerDevice.preview:
      return preview(engine, run);
    default:
      return ivr(engine, run);
  }
}
