import { AnswerRateMeter, isKnownTimeZone, localDate, mayDialAt, type DialTarget, type DialerCampaignEnd, type DialerCampaignSpec, type DialerGuards } from '../../domain/outbound/dialing/index.ts';
import { fail, ok, type EngineCore, type Result } from '../core/index.ts';
import { ivrFlowOfNumber } from '../calls/index.ts';
import { attemptKey, dialerState, type CampaignRun } from './dialer-state.ts';
import { dialNow } from './dialer-pacing.ts';
import { releasePreview } from './preview.ts';

/** The dialer looks at its campaigns once a second (note 04 §5.6 "one scheduler tick per second"). */
const tickMs = 1_000;
/** A request for more targets is repeated after this long when the service sent nothing. */
const askAgainMs = 5_000;

const bufferSizeOf = (engine: EngineCore, spec: DialerCampaignSpec): number =>
  spec.bufferSize ?? Math.max(20, 2 * (spec.skillId !== null ? engine.signedInTo(spec.skillId).size : (spec.ivrParam?.callCount ?? 10)));

function checkSpec(engine: EngineCore, spec: DialerCampaignSpec): Result<null> {
  const skillCampaign = spec.deviceType === 2 || spec.deviceType === 5 || spec.deviceType === 6;
  if (![1, 2, 3, 5, 6].includes(spec.deviceType)) return fail('InvalidParameter', `deviceType ${spec.deviceType} is not one of 1, 2, 3, 5, 6`);
  if (skillCampaign && (spec.skillId === null || !engine.config.skills.has(spec.skillId))) return fail('NotFound', `skill ${spec.skillId} does not exist`);
  if (!skillCampaign && spec.skillId !== null) return fail('InvalidParameter', 'IVR campaigns have no skill');
  if (!skillCampaign && ivrFlowOfNumber(engine, spec.ivrParam?.deviceSign ?? '') === undefined) return fail('NotFound', `no IVR flow has access code ${spec.ivrParam?.deviceSign ?? ''}`);
  if (!isKnownTimeZone(spec.schedule.timeZone)) return fail('InvalidParameter', `unknown time zone ${spec.schedule.timeZone}`);
  if (!(spec.maxConcurrentCalls > 0) || !(spec.maxAlertingTime > 0)) return fail('InvalidParameter', 'maxConcurrentCalls and maxAlertingTime must be positive');
  return ok(null);
}

/** Starts dialling a campaign (status 2): the engine asks for targets at once. */
export function startDialerCampaign(engine: EngineCore, spec: DialerCampaignSpec, guards: DialerGuards = {}): Result<null> {
  return engine.run(() => {
    const state = dialerState(engine);
    if (state.campaigns.has(spec.campaignId)) return fail('StateIncorrect', `campaign ${spec.campaignId} is already dialling`);
    const checked = checkSpec(engine, spec);
    if (!checked.ok) return checked;
    const run: CampaignRun = {
      spec,
      guards,
      status: 'running',
      buffer: [],
      active: new Set(),
      started: new Set(),
      inFlight: new Map(),
      previews: new Map(),
      askedAtMs: null,
      today: { day: localDate(engine.now(), spec.schedule.timeZone), finished: 0, answered: 0, abandoned: 0, connected: 0 },
      handleSeconds: null,
      answerDelaySeconds: null,
      handled: 0,
      // An attempt's outcome is surely known once it could have rung for maxAlertingTime.
      answers: new AnswerRateMeter((spec.maxAlertingTime + 5) * 1000),
      tokens: 0,
      lastBatchMs: Number.NEGATIVE_INFINITY,
    };
    state.campaigns.set(spec.campaignId, run);
    askForMore(engine, run);
    ensureTicking(engine);
    return ok(null);
  });
}

/** Replaces the spec of a campaign (7.1.3/7.1.4 modify); calls in progress keep what they had. */
export function updateDialerCampaign(engine: EngineCore, spec: DialerCampaignSpec): Result<null> {
  return engine.run(() => {
    const run = dialerState(engine).campaigns.get(spec.campaignId);
    if (!run) return fail('NotFound', `campaign ${spec.campaignId} is not dialling`);
    if (spec.deviceType !== run.spec.deviceType) return fail('InvalidParameter', 'deviceType cannot change');
    const checked = checkSpec(engine, spec);
    if (!checked.ok) return checked;
    run.spec = spec;
    return ok(null);
  });
}

function withRun(engine: EngineCore, campaignId: number, change: (run: CampaignRun) => Result<null>): Result<null> {
  return engine.run(() => {
    const run = dialerState(engine).campaigns.get(campaignId);
    return run ? change(run) : fail('NotFound', `campaign ${campaignId} is not dialling`);
  });
}

/** 7.1.8 pause: no new dials (previews not dialled are withdrawn); calls in progress finish. */
export function pauseDialerCampaign(engine: EngineCore, campaignId: number): Result<null> {
  return withRun(engine, campaignId, (run) => {
    if (run.status !== 'running') return fail('StateIncorrect', `campaign ${campaignId} is not running`);
    run.status = 'paused';
    for (const workNo of [...run.previews.keys()]) releasePreview(engine, run, workNo, true);
    return ok(null);
  });
}

export function resumeDialerCampaign(engine: EngineCore, campaignId: number): Result<null> {
  return withRun(engine, campaignId, (run) => {
    if (run.status !== 'paused') return fail('StateIncorrect', `campaign ${campaignId} is not paused`);
    run.status = 'running';
    ensureTicking(engine);
    return ok(null);
  });
}

/** Stops a campaign (deleted, completed): the buffer is dropped, calls in progress finish and are reported. */
export function stopDialerCampaign(engine: EngineCore, campaignId: number): Result<null> {
  return withRun(engine, campaignId, (run) => {
    endCampaign(engine, run, 'stopped');
    return ok(null);
  });
}

function endCampaign(engine: EngineCore, run: CampaignRun, why: DialerCampaignEnd): void {
  for (const workNo of [...run.previews.keys()]) releasePreview(engine, run, workNo, false);
  run.buffer = [];
  dialerState(engine).campaigns.delete(run.spec.campaignId);
  engine.output.dialerCampaignEnded?.(engine.vdnId, run.spec.campaignId, why);
  engine.output.fact('dialerCampaignEnded', { campaignId: run.spec.campaignId, why });
}

/**
 * The service feeds due records. A record already buffered, offered or in flight, and an attempt
 * this engine has started, are skipped (a restart never re-dials a started attempt: the service
 * feeds the next attempt number). At most the buffer's room is taken.
 */
export function feedDialer(engine: EngineCore, campaignId: number, targets: readonly DialTarget[]): Result<{ accepted: number }> {
  return engine.run(() => {
    const run = dialerState(engine).campaigns.get(campaignId);
    if (!run) return fail('NotFound', `campaign ${campaignId} is not dialling`);
    const room = bufferSizeOf(engine, run.spec) - run.buffer.length;
    let accepted = 0;
    for (const target of targets) {
      if (accepted >= room) break;
      if (!/^\d{1,20}$/.test(target.dataId) || target.attemptNo < 1) continue;
      if (run.active.has(target.dataId) || run.started.has(attemptKey(target.dataId, target.attemptNo))) continue;
      run.buffer.push(target);
      run.active.add(target.dataId);
      accepted++;
    }
    run.askedAtMs = null;
    return ok({ accepted });
  });
}

export interface DialerStatus {
  status: 'running' | 'paused';
  buffered: number;
  inFlight: number;
  previews: number;
  inWindow: boolean;
  today: CampaignRun['today'];
}

export function dialerStatus(engine: EngineCore, campaignId: number): DialerStatus | null {
  const run = dialerState(engine).campaigns.get(campaignId);
  if (!run) return null;
  return { status: run.status, buffered: run.buffer.length, inFlight: run.inFlight.size, previews: run.previews.size, inWindow: mayDialAt(run.spec.schedule, engine.now()), today: { ...run.today } };
}

function askForMore(engine: EngineCore, run: CampaignRun): void {
  const size = bufferSizeOf(engine, run.spec);
  if (run.buffer.length * 2 > size) return;
  const now = engine.now();
  if (run.askedAtMs !== null && now - run.askedAtMs < askAgainMs) return;
  run.askedAtMs = now;
  engine.output.dialerNeeds?.(engine.vdnId, run.spec.campaignId, size - run.buffer.length);
  engine.output.fact('dialerNeeds', { campaignId: run.spec.campaignId, count: size - run.buffer.length });
}

function ensureTicking(engine: EngineCore): void {
  const state = dialerState(engine);
  if (state.timer !== null) return;
  state.timer = engine.after(tickMs, () => tick(engine));
}

/** One scheduler pass over the campaigns, by priority (1 first) then id. */
function tick(engine: EngineCore): void {
  const state = dialerState(engine);
  state.timer = null;
  const runs = [...state.campaigns.values()].sort((a, b) => a.spec.priority - b.spec.priority || a.spec.campaignId - b.spec.campaignId);
  for (const run of runs) {
    if (engine.now() > run.spec.schedule.endMs) {
      endCampaign(engine, run, 'scheduleEnded');
      continue;
    }
    dialNow(engine, run);
    askForMore(engine, run);
  }
  if ([...state.campaigns.values()].some((r) => r.status === 'running')) ensureTicking(engine);
}
