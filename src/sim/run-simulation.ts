import type { CecEvent } from '../domain/events/index.ts';
import { createRng, type Rng } from '../domain/time/index.ts';
import { customerDials, internalSessionOptions, requestWork, setCallNums, signIn, type EngineRegistry, type TenantEngine } from '../engine/index.ts';
import { erlangA, erlangC, type QueuePrediction } from '../stats/erlang/index.ts';
import { meanSeconds, sampleMs } from './distribution.ts';
import { ChatTraffic, type ChatSkillReport } from './chat-traffic.ts';
import { EventLog } from './event-log.ts';
import { checkInvariants } from './invariants.ts';
import { Measurements, type IntervalPoint, type WindowSummary } from './measurements.ts';
import type { Scenario } from './scenario.ts';
import { simulatedPassword, simulatedVdnId, type AgentPlan } from './scenario-tenant.ts';
import { meanRate, nextArrivalMs } from './traffic.ts';
import type { VirtualClock } from './virtual-clock.ts';

/** What a simulation needs from the server it runs in (built by src/app). */
export interface SimulationHost {
  clock: VirtualClock;
  registry: EngineRegistry;
  records: { flushed(): Promise<void> };
  /** Calls with their last CDR row, and rows still open, in the simulated tenant's store. */
  cdrCompleteness(vdnId: number): Promise<{ finishedCalls: number; openRows: number }>;
  eventTaps: Set<(event: CecEvent) => void>;
  factTaps: Set<(kind: string, data: Record<string, unknown>) => void>;
  /**
   * Work the server does off the engine's run (the campaign service feeding its dialer from the
   * store): with it, time moves in steps of `stepMs` and each step waits for that work.
   */
  background?: { stepMs: number; settle(): Promise<void> };
}

export interface SimulationOptions {
  scenario: Scenario;
  seed: number;
  agents: AgentPlan[];
  /** Called after each chunk of simulated time with the fraction done. */
  onProgress?: (fraction: number) => void;
}

export interface SimulationResult {
  seed: number;
  offered: number;
  answered: number;
  abandoned: number;
  serviceLevel: number;
  asa: number;
  pWait: number;
  pAbandon: number;
  occupancy: number;
  averageQueueLength: number;
  eventLogHash: string;
  eventLogEntries: number;
  erlang: QueuePrediction & { model: 'Erlang C' | 'Erlang A' };
  intervals: IntervalPoint[];
  invariantViolations: string[];
  measuredHours: number;
  simulatedMs: number;
  /**
   * The simulator's own measurements of its first UTC day (from the start, warm-up included),
   * whole and per 30 minutes, for the "indicators recompute" invariant.
   */
  /** Per chat skill, when the scenario has chat flows (docs/simulator.md "Web chats"). */
  chats?: ChatSkillReport[];
  firstDay: { startMs: number; endMs: number; targetMs: number; total: WindowSummary; halfHours: IntervalPoint[] };
}

/** Simulated time advanced between progress reports, store flushes and invariant checks. */
const chunkMs = 15 * 60_000;
/** After the last arrival, calls still in progress may take this long at most to finish. */
const drainMsMax = 24 * 3_600_000;

/**
 * Runs a scenario through the real engine in virtual time, as fast as the engine goes: agents sign
 * in as internal sessions, customers arrive as Poisson processes and dial through the same
 * routing as live calls, and the engine's own facts are measured. Deterministic for a seed.
 */
export async function runSimulation(host: SimulationHost, options: SimulationOptions): Promise<SimulationResult> {
  const { scenario, seed, clock } = { ...options, clock: host.clock };
  const engine = await host.registry.get(simulatedVdnId);
  const stream = (salt: number): Rng => createRng((seed * 2654435761 + salt) >>> 0);
  const wrapRng = stream(3);
  const startMs = clock.now();
  const endMs = startMs + scenario.durationHours * 3_600_000;
  const warmupMs = startMs + (scenario.warmupMinutes ?? 0) * 60_000;
  const targetMs = (scenario.serviceLevelSeconds ?? 20) * 1000;
  const measurements = new Measurements();
  const log = new EventLog();
  const flowOfCall = new Map<string, number>();
  let callsEnded = 0;
  const pendingFlow: number[] = [];
  const groupOf = new Map(options.agents.map((a) => [a.workNo, a.group]));
  const chats = new ChatTraffic(engine, scenario, options.agents, { fromMs: warmupMs, toMs: endMs, targetMs });

  const onFact = (kind: string, data: Record<string, unknown>) => {
    const now = clock.now();
    log.add(now, 'fact', kind, data);
    const callId = String(data.callId ?? '');
    chats.onFact(kind, data, now);
    // The measurements are of the inbound voice traffic (feature 0); campaigns and chats have their own reports.
    if (kind === 'callCreated' && data.feature === 0 && !chats.isChat(callId)) {
      const flow = pendingFlow.shift() ?? 0;
      flowOfCall.set(callId, flow);
      measurements.arrived(callId, now, flow);
    } else if (kind === 'connected') measurements.connected(callId, now);
    else if (kind === 'abandoned') measurements.abandoned(callId, now);
    else if (kind === 'agentLeft') measurements.talkEnded(callId, now);
    else if (kind === 'callEnded') callsEnded += 1;
  };
  const onEvent = (event: CecEvent) => {
    log.add(clock.now(), 'event', event.workNo, [event.eventType, event.content]);
    const workNo = Number(event.workNo);
    const group = groupOf.get(workNo);
    if (group === undefined) return;
    if (event.eventType === 'AgentState_Work') {
      const spec = scenario.agents[group]!.wrapUp;
      const lastCall = engine.agents.get(workNo)?.lastCallId;
      const ms = spec ? sampleMs(spec, wrapRng) : 0;
      if (lastCall) measurements.wrappedUp(lastCall, ms);
      engine.after(Math.max(ms, 0), () => requestWork(engine, workNo, 'cancelWork'));
    } else if (event.eventType === 'AgentState_Rest_Timeout') {
      engine.defer(() => requestWork(engine, workNo, 'cancelRest'));
    }
  };
  host.factTaps.add(onFact);
  host.eventTaps.add(onEvent);
  try {
    signInAgents(engine, scenario, options.agents);
    scheduleBreaks(engine, scenario, options.agents, startMs);
    scenario.traffic.forEach((flow, index) => scheduleArrivals(engine, scenario, index, stream(100 + index), stream(200 + index), startMs, endMs, pendingFlow));
    chats.start(startMs, endMs, stream);
    const violations: string[] = [];
    const totalMs = endMs - startMs;
    for (let t = startMs; t < endMs; ) {
      t = Math.min(endMs, t + chunkMs);
      await advanceTo(host, t);
      await host.records.flushed();
      if (violations.length < 20) violations.push(...checkInvariants(engine).slice(0, 20 - violations.length));
      options.onProgress?.((t - startMs) / totalMs);
    }
    for (let t = endMs; engine.calls.size > 0 && t < endMs + drainMsMax; ) {
      t += chunkMs;
      await advanceTo(host, t);
      await host.records.flushed();
    }
    // Every finished call has exactly one last CDR row, and nothing is left open (STYLE rule 8).
    const records = await host.cdrCompleteness(simulatedVdnId);
    if (records.finishedCalls !== callsEnded) violations.push(`${callsEnded} calls ended but ${records.finishedCalls} have a last CDR row`);
    if (engine.calls.size === 0 && records.openRows > 0) violations.push(`${records.openRows} CDR rows are still open after every call ended`);
    const result = summarise({ scenario, seed, measurements, log, warmupMs, endMs, targetMs, violations, simulatedMs: clock.now() - startMs, startMs });
    return chats.active ? { ...result, chats: chats.report() } : result;
  } finally {
    host.factTaps.delete(onFact);
    host.eventTaps.delete(onEvent);
  }
}

async function advanceTo(host: SimulationHost, t: number): Promise<void> {
  const steps = host.background;
  if (!steps) return host.clock.advanceTo(t);
  while (host.clock.now() < t) {
    host.clock.advanceTo(Math.min(t, host.clock.now() + steps.stepMs));
    await steps.settle();
  }
}

function signInAgents(engine: TenantEngine, scenario: Scenario, agents: AgentPlan[]): void {
  engine.run(() => {
    for (const plan of agents) {
      const group = scenario.agents[plan.group]!;
      const result = signIn(engine, {
        workNo: plan.workNo,
        password: simulatedPassword,
        mode: 'login',
        status: 4,
        options: internalSessionOptions({ phonenum: String(8_000_000 + plan.workNo), autoEnterIdle: !group.wrapUp, releasePhone: false }),
      });
      if (!result.ok) throw new Error(`simulated agent ${plan.workNo} could not sign in: ${result.rejection.detail}`);
      if (group.chatCapacity !== undefined) setCallNums(engine, plan.workNo, 53, group.chatCapacity);
    }
  });
}

function scheduleBreaks(engine: TenantEngine, scenario: Scenario, agents: AgentPlan[], startMs: number): void {
  for (const plan of agents) {
    for (const pause of scenario.agents[plan.group]!.breaks ?? []) {
      const at = startMs + pause.atMinute * 60_000;
      engine.clock.schedule(at, () => engine.run(() => requestWork(engine, plan.workNo, 'rest', { restSeconds: Math.round(pause.minutes * 60), restCause: 0 })));
    }
  }
}

function scheduleArrivals(engine: TenantEngine, scenario: Scenario, index: number, arrivals: Rng, behaviour: Rng, startMs: number, endMs: number, pendingFlow: number[]): void {
  const flow = scenario.traffic[index]!;
  let seq = 0;
  const next = (fromMs: number) => {
    const at = nextArrivalMs(flow, fromMs, startMs, endMs, arrivals);
    if (at === null) return;
    engine.clock.schedule(at, () => {
      seq += 1;
      pendingFlow.push(index);
      const talkMs = sampleMs(flow.handleTime, behaviour);
      const patienceMs = flow.patience ? sampleMs(flow.patience, behaviour) : null;
      engine.run(() => customerDials(engine, { caller: `139${String(index).padStart(2, '0')}${String(seq).padStart(6, '0')}`, called: flow.accessCode, behaviour: { talkMs: Math.max(1, talkMs), patienceMs } }));
      next(at);
    });
  };
  next(startMs);
}

interface SummaryInput {
  scenario: Scenario;
  seed: number;
  measurements: Measurements;
  log: EventLog;
  warmupMs: number;
  endMs: number;
  startMs: number;
  targetMs: number;
  violations: string[];
  simulatedMs: number;
}

function summarise(input: SummaryInput): SimulationResult {
  const { scenario, measurements, warmupMs, endMs, targetMs } = input;
  const w = measurements.window(warmupMs, endMs, targetMs);
  const hours = (endMs - warmupMs) / 3_600_000;
  // The voice indicators and Erlang prediction are of the agents who take calls (not only chats).
  const chatSkills = new Set((scenario.chats ?? []).map((c) => c.skillId));
  const agents = scenario.agents.reduce((n, g) => (g.skills.some((id) => !chatSkills.has(id)) ? n + g.count : n), 0);
  const flow = scenario.traffic[0]!;
  const wrapMean = scenario.agents[0]!.wrapUp ? meanSeconds(scenario.agents[0]!.wrapUp!) : 0;
  const inputs = {
    callsPerHour: scenario.traffic.reduce((s, f) => s + meanRate(f, scenario.durationHours), 0),
    ahtSeconds: meanSeconds(flow.handleTime) + wrapMean,
    agents,
    targetSeconds: targetMs / 1000,
  };
  const erlang = flow.patience
    ? { ...erlangA({ ...inputs, patienceSeconds: meanSeconds(flow.patience) }), model: 'Erlang A' as const }
    : { ...erlangC(inputs), model: 'Erlang C' as const };
  const widthMs = (scenario.intervalMinutes ?? 15) * 60_000;
  return {
    seed: input.seed,
    offered: w.offered,
    answered: w.answered,
    abandoned: w.abandoned,
    serviceLevel: ratio(w.answeredWithinTarget, w.offered),
    asa: ratio(w.answeredWaitSumMs / 1000, w.answered),
    pWait: ratio(w.waitedAtAll, w.offered),
    pAbandon: ratio(w.abandoned, w.offered),
    occupancy: ratio(w.handleSumMs, agents * (endMs - warmupMs)),
    averageQueueLength: ratio(w.waitSumMs, endMs - warmupMs),
    eventLogHash: input.log.digest(),
    eventLogEntries: input.log.entries,
    erlang,
    intervals: measurements.intervals(input.startMs, endMs, widthMs, targetMs),
    invariantViolations: input.violations,
    measuredHours: hours,
    simulatedMs: input.simulatedMs,
    firstDay: firstDay(measurements, input.startMs, endMs, targetMs),
  };
}

function firstDay(measurements: Measurements, startMs: number, endMs: number, targetMs: number): SimulationResult['firstDay'] {
  const dayEndMs = Math.min(endMs, startMs + 24 * 3_600_000);
  return { startMs, endMs: dayEndMs, targetMs, total: measurements.window(startMs, dayEndMs, targetMs), halfHours: measurements.intervals(startMs, dayEndMs, 30 * 60_000, targetMs) };
}

const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);
