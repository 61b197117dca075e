import type { WorkState } from './agent-status.ts';

/**
 * The agent work-state machine of §6.1.1 as a table (STYLE rule 2): for each request and state,
 * the next state and the events, or the rejection. One table serves the agent's own interfaces
 * (sayfree, saybusy, rest, work...) and the inspector's forced ones (§12.1), and one test iterates
 * it so that every transition is tested by construction.
 */
export type WorkRequest = 'sayFree' | 'sayBusy' | 'cancelBusy' | 'rest' | 'cancelRest' | 'work' | 'cancelWork' | ForcedWorkRequest;

/**
 * An inspector's forced change (§12.1.5 forcebusy, §12.1.6 forceidle, §12.1.11 forcerest): never
 * refused, whatever the agent's state (their error lists have no state error, ref L41782, L41868,
 * L42311); a state already reached stays, and the agent hears the events of the steps it takes.
 */
export type ForcedWorkRequest = 'forceBusy' | 'forceIdle' | 'forceRest';

/** The part of an agent the table reads. */
export interface WorkSituation {
  work: WorkState;
  /** Any call leg (alerting, talking, held...). */
  inCall: boolean;
  preBusy: boolean;
  preRest: boolean;
}

/** The effect of an accepted request: the new situation and the names of the events, in order. */
export interface WorkTransition {
  work: WorkState;
  preBusy: boolean;
  preRest: boolean;
  /** Events to emit now (payloads are added by the engine: busy reason, rest cause). */
  events: readonly WorkEvent[];
  /** Whether a rest timer must (re)start. */
  startsRest: boolean;
}

export type WorkEvent =
  | 'AgentState_CancelNotReady_Success'
  | 'AgentState_CancelWork_Success'
  | 'AgentState_SetNotReady_Success'
  | 'AgentState_SetRest_Success'
  | 'AgentState_CancelRest_Success'
  | 'AgentState_SetWork_Success';

export type WorkRejection = { tag: 'StateIncorrect'; reason: string };

export interface WorkRequestOptions {
  /** saybusy/rest `prolong=true`: repeat the request in the same state (ref L7721, Table 6-43). */
  prolong?: boolean;
}

type Decision = WorkTransition | WorkRejection;

const reject = (reason: string): WorkRejection => ({ tag: 'StateIncorrect', reason });
const go = (s: WorkSituation, work: WorkState, events: WorkEvent[], extra: Partial<WorkTransition> = {}): WorkTransition => ({
  work,
  preBusy: s.preBusy,
  preRest: s.preRest,
  events,
  startsRest: false,
  ...extra,
});

/**
 * Decides a work-state request. During a call, busy and rest are remembered as pre-busy and
 * pre-rest and take effect when the call ends (Table 6-91 `preBusy`/`preRest`, CC status 9).
 */
export function decideWorkRequest(s: WorkSituation, request: WorkRequest, options: WorkRequestOptions = {}): Decision {
  switch (request) {
    case 'sayFree':
      if (s.inCall) return s.preBusy || s.preRest ? go(s, s.work, [], { preBusy: false, preRest: false }) : reject('the agent is in a call');
      if (s.work === 'busy') return go(s, 'idle', ['AgentState_CancelNotReady_Success']);
      if (s.work === 'work') return go(s, 'idle', ['AgentState_CancelWork_Success']);
      return reject(`the agent is ${s.work}`);
    case 'sayBusy':
      if (s.inCall) return go(s, s.work, [], { preBusy: true, preRest: false });
      if (s.work === 'idle' || s.work === 'work') return go(s, 'busy', ['AgentState_SetNotReady_Success']);
      if (s.work === 'busy' && options.prolong) return go(s, 'busy', ['AgentState_SetNotReady_Success']);
      return reject(s.work === 'busy' ? 'the agent is already busy (use prolong)' : `the agent is ${s.work}`);
    case 'cancelBusy':
      if (s.inCall && s.preBusy) return go(s, s.work, [], { preBusy: false });
      if (!s.inCall && s.work === 'busy') return go(s, 'idle', ['AgentState_CancelNotReady_Success']);
      return reject('the agent is not busy');
    case 'rest':
      if (s.inCall) return go(s, s.work, [], { preRest: true, preBusy: false });
      if (s.work === 'idle' || s.work === 'busy' || s.work === 'work') return go(s, 'rest', ['AgentState_SetRest_Success'], { startsRest: true });
      if (s.work === 'rest' && options.prolong) return go(s, 'rest', ['AgentState_SetRest_Success'], { startsRest: true });
      return reject('the agent is already resting (use prolong)');
    case 'cancelRest':
      if (s.inCall && s.preRest) return go(s, s.work, [], { preRest: false });
      if (!s.inCall && s.work === 'rest') return go(s, 'idle', ['AgentState_CancelRest_Success']);
      return reject('the agent is not resting');
    case 'work':
      if (s.inCall) return reject('the agent is in a call');
      if (s.work === 'idle' || s.work === 'busy') return go(s, 'work', ['AgentState_SetWork_Success']);
      return reject(`the agent is ${s.work}`);
    case 'cancelWork':
      if (!s.inCall && s.work === 'work') return go(s, 'idle', ['AgentState_CancelWork_Success']);
      return reject('the agent is not in the wrap-up state');
    case 'forceBusy':
      if (s.inCall) return go(s, s.work, [], { preBusy: true, preRest: false });
      if (s.work === 'busy') return go(s, 'busy', []);
      return go(s, 'busy', s.work === 'rest' ? ['AgentState_CancelRest_Success', 'AgentState_SetNotReady_Success'] : ['AgentState_SetNotReady_Success']);
    case 'forceIdle':
      if (s.inCall) return go(s, s.work, [], { preBusy: false, preRest: false });
      return go(s, 'idle', s.work === 'idle' ? [] : [cancelEvent[s.work]]);
    case 'forceRest':
      if (s.inCall) return go(s, s.work, [], { preRest: true, preBusy: false });
      return go(s, 'rest', ['AgentState_SetRest_Success'], { startsRest: true });
  }
}

/** The event of leaving a work state for idle (6.1.1.11, 6.1.1.13, 6.1.1.15). */
const cancelEvent: Record<Exclude<WorkState, 'idle'>, WorkEvent> = {
  busy: 'AgentState_CancelNotReady_Success',
  rest: 'AgentState_CancelRest_Success',
  work: 'AgentState_CancelWork_Success',
};

export function isRejection(decision: Decision): decision is WorkRejection {
  return 'tag' in decision;
}

/**
 * Where an agent goes when its last call ends (note 02 §5.4 "Post-call transition"): a pending rest
 * or busy request first, then idle or wrap-up as `autoenteridle` says (6.1.1.17).
 */
export function afterCallWorkState(s: Pick<WorkSituation, 'preBusy' | 'preRest'>, autoEnterIdle: boolean): WorkState {
  if (s.preRest) return 'rest';
  if (s.preBusy) return 'busy';
  return autoEnterIdle ? 'idle' : 'work';
}
