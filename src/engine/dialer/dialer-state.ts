import type { AnswerRateMeter, DialHistory, DialTarget, DialerCampaignSpec, DialerGuards } from '../../domain/outbound/dialing/index.ts';
import type { TimerId } from '../../domain/time/index.ts';
import type { CdrLeg, EngineCore, IvrSession } from '../core/index.ts';

/** One attempt in progress: from the started record to the call's end. */
export interface AttemptRun {
  readonly campaign: CampaignRun;
  readonly target: DialTarget;
  readonly history: DialHistory;
  readonly numberIndex: number;
  readonly called: string;
  readonly caller: string;
  readonly callId: string;
  readonly startedMs: number;
  /** dialling → answered (customer off-hook, waiting for an agent or in the IVR) → connected (agent talks). */
  phase: 'dialling' | 'answered' | 'connected';
  ringMs: number | null;
  answerMs: number | null;
  workNo: number | null;
  recordPath: string | null;
  /** The IVR run of an IVR campaign's call (its last node is the outcome). */
  ivr: IvrSession | null;
  /** A failure the dialer decided itself (ring timeout, abandoned); else derived from the release. */
  failCode: string | null;
  /** The CDR row whose ringing/answer times the attempt reports (the agent's row for agent-first dials). */
  cdr: CdrLeg | null;
}

/** A preview task offered to an agent and not dialled yet. */
export interface PreviewTask {
  readonly target: DialTarget;
  readonly history: DialHistory;
  readonly controlId: string;
  timer: TimerId | null;
}

export interface DayCounters {
  day: string;
  finished: number;
  answered: number;
  abandoned: number;
  connected: number;
}

export interface CampaignRun {
  spec: DialerCampaignSpec;
  guards: DialerGuards;
  status: 'running' | 'paused';
  /** Targets fed and not dialled yet, in feed order. */
  buffer: DialTarget[];
  /** dataIds buffered, offered or in flight: a record is never dialled twice at once. */
  readonly active: Set<string>;
  /** `dataId:attemptNo` of every attempt started by this engine: never dialled again. */
  readonly started: Set<string>;
  readonly inFlight: Map<string, AttemptRun>;
  readonly previews: Map<number, PreviewTask>;
  askedAtMs: number | null;
  today: DayCounters;
  /** Running means of handle time (answer to release) and answer delay (dial to answer), seconds. */
  handleSeconds: number | null;
  answerDelaySeconds: number | null;
  /** Calls the handle time mean is over. */
  handled: number;
  readonly answers: AnswerRateMeter;
  /** IVR pacing (note 04 §5.6 token bucket) and preview/IVR interval bookkeeping. */
  tokens: number;
  lastBatchMs: number;
}

export interface DialerState {
  readonly campaigns: Map<number, CampaignRun>;
  readonly byCall: Map<string, AttemptRun>;
  timer: TimerId | null;
  previewSeq: number;
}

const states = new WeakMap<EngineCore, DialerState>();

export function dialerState(engine: EngineCore): DialerState {
  let state = states.get(engine);
  if (!state) states.set(engine, (state = { campaigns: new Map(), byCall: new Map(), timer: null, previewSeq: 0 }));
  return state;
}

export const attemptKey = (dataId: string, attemptNo: number): string => `${dataId}:${attemptNo}`;

/** Running mean with a horizon of `n` samples (exponentially weighted). */
export function runningMean(previous: number | null, sample: number, n = 50): number {
  return previous === null ? sample : previous + (sample - previous) / n;
}
