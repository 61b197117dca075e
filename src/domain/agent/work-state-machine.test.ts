// Goal: every transition of the agent work-state machine (§6.1.1.9–15) is tested, by construction.
// Method: iterate every request over every situation (work state × in a call × pending flags ×
// prolong) and compare with an expectation table written from the reference and note 02 §5.4.
import { describe, expect, it } from 'vitest';
import { afterCallWorkState, decideWorkRequest, isRejection, type WorkRequest, type WorkSituation } from './work-state-machine.ts';
import type { WorkState } from './agent-status.ts';

const states: WorkState[] = ['idle', 'busy', 'rest', 'work'];
const requests: WorkRequest[] = ['sayFree', 'sayBusy', 'cancelBusy', 'rest', 'cancelRest', 'work', 'cancelWork', 'forceBusy', 'forceIdle', 'forceRest'];

/** The expected outcome, or 'reject' (100-009). Events are the reference's event names in order. */
function expected(s: WorkSituation, request: WorkRequest, prolong: boolean): 'reject' | { work: WorkState; preBusy: boolean; preRest: boolean; events: string[] } {
  const keep = { work: s.work, preBusy: s.preBusy, preRest: s.preRest };
  if (s.inCall) {
    switch (request) {
      case 'sayFree':
        return s.preBusy || s.preRest ? { ...keep, preBusy: false, preRest: false, events: [] } : 'reject';
      case 'sayBusy':
        return { ...keep, preBusy: true, preRest: false, events: [] };
      case 'cancelBusy':
        return s.preBusy ? { ...keep, preBusy: false, events: [] } : 'reject';
      case 'rest':
        return { ...keep, preRest: true, preBusy: false, events: [] };
      case 'cancelRest':
        return s.preRest ? { ...keep, preRest: false, events: [] } : 'reject';
      case 'work':
      case 'cancelWork':
        return 'reject';
      case 'forceBusy':
        return { ...keep, preBusy: true, preRest: false, events: [] };
      case 'forceIdle':
        return { ...keep, preBusy: false, preRest: false, events: [] };
      case 'forceRest':
        return { ...keep, preRest: true, preBusy: false, events: [] };
    }
  }
  const go = (work: WorkState, events: string[]) => ({ ...keep, work, events });
  switch (request) {
    case 'sayFree':
      return s.work === 'busy' ? go('idle', ['AgentState_CancelNotReady_Success']) : s.work === 'work' ? go('idle', ['AgentState_CancelWork_Success']) : 'reject';
    case 'sayBusy':
      return s.work === 'idle' || s.work === 'work' || (s.work === 'busy' && prolong) ? go('busy', ['AgentState_SetNotReady_Success']) : 'reject';
    case 'cancelBusy':
      return s.work === 'busy' ? go('idle', ['AgentState_CancelNotReady_Success']) : 'reject';
    case 'rest':
      return s.work !== 'rest' || prolong ? go('rest', ['AgentState_SetRest_Success']) : 'reject';
    case 'cancelRest':
      return s.work === 'rest' ? go('idle', ['AgentState_CancelRest_Success']) : 'reject';
    case 'work':
      return s.work === 'idle' || s.work === 'busy' ? go('work', ['AgentState_SetWork_Success']) : 'reject';
    case 'cancelWork':
      return s.work === 'work' ? go('idle', ['AgentState_CancelWork_Success']) : 'reject';
    // §12.1 forced changes are never refused (note 07 §5.A.3).
    case 'forceBusy':
      return go('busy', { idle: ['AgentState_SetNotReady_Success'], work: ['AgentState_SetNotReady_Success'], busy: [], rest: ['AgentState_CancelRest_Success', 'AgentState_SetNotReady_Success'] }[s.work]);
    case 'forceIdle':
      return go('idle', { idle: [], busy: ['AgentState_CancelNotReady_Success'], rest: ['AgentState_CancelRest_Success'], work: ['AgentState_CancelWork_Success'] }[s.work]);
    case 'forceRest':
      return go('rest', ['AgentState_SetRest_Success']);
  }
}

describe('work-state machine', () => {
  const cases: Array<[WorkSituation, WorkRequest, boolean]> = [];
  for (const work of states)
    for (const inCall of [false, true])
      for (const preBusy of [false, true])
        for (const preRest of [false, true])
          for (const request of requests) for (const prolong of [false, true]) if (inCall || (!preBusy && !preRest)) cases.push([{ work, inCall, preBusy, preRest }, request, prolong]);

  it.each(cases)('%o %s prolong=%s', (situation, request, prolong) => {
    const decision = decideWorkRequest(situation, request, { prolong });
    const want = expected(situation, request, prolong);
    if (want === 'reject') {
      expect(isRejection(decision)).toBe(true);
      return;
    }
    expect(isRejection(decision)).toBe(false);
    if (isRejection(decision)) return;
    expect({ work: decision.work, preBusy: decision.preBusy, preRest: decision.preRest, events: [...decision.events] }).toEqual(want);
    expect(decision.startsRest).toBe(want.events.includes('AgentState_SetRest_Success'));
  });

  it('covers every request in every situation', () => {
    // 4 states × 10 requests × 2 prolong without a call, and × 4 flag combinations in a call.
    expect(cases).toHaveLength(4 * 10 * 2 + 4 * 4 * 10 * 2);
  });

  it('chooses the post-call state: pending rest, then pending busy, then idle or wrap-up', () => {
    expect(afterCallWorkState({ preRest: true, preBusy: true }, true)).toBe('rest');
    expect(afterCallWorkState({ preRest: false, preBusy: true }, true)).toBe('busy');
    expect(afterCallWorkState({ preRest: false, preBusy: false }, true)).toBe('idle');
    expect(afterCallWorkState({ preRest: false, preBusy: false }, false)).toBe('work');
  });
});
