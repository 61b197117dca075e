// Goal: the sampling arithmetic, the inspector split, the task status rules, the appeal state
// machine and the plan calendar behave as decisions 1228 and 1229 say.
import { describe, expect, it } from 'vitest';
import { createRng } from '../time/index.ts';
import { audit, complainStatus, openAppeal, reassign } from './appeal.ts';
import { SqmFailure } from './failure.ts';
import { distribute, drawSample, requireStatus, toSeconds, type Candidate, type QualityTask } from './review-task.ts';
import { countsFor, nextRun, runTime, type SamplingPlan } from './sampling-plan.ts';

const calls: Candidate[] = Array.from({ length: 12 }, (_, i) => ({ callUuid: `c${i}`, staffId: String(101 + (i % 3)), callTime: i, duration: 60, score: 60, callType: 0, sampled: false }));
const criteria = { qualityCondition: 0 as const, interactionType: 0 };

describe('review-task sampling', () => {
  it('takes a share of all calls, a count per agent or a share per agent, with the caps', () => {
    expect(drawSample(calls, { ...criteria, qualityType: 1, qualityNum: 50 }, createRng(1))).toHaveLength(6);
    expect(drawSample(calls, { ...criteria, qualityType: 1, qualityNum: 100, maxNum: 10 }, createRng(1))).toHaveLength(10);
    const perAgent = drawSample(calls, { ...criteria, qualityType: 2, qualityNum: 2 }, createRng(1));
    expect(perAgent.map((c) => c.staffId).sort()).toEqual(['101', '101', '102', '102', '103', '103']);
    expect(drawSample(calls, { ...criteria, qualityType: 3, qualityNum: 50, maxNum: 1 }, createRng(1))).toHaveLength(3);
  });

  it('splits by explicit counts then round-robin, and reads *Millis as seconds below 10^11', () => {
    expect(distribute(5, [{ personID: 'a', count: 3 }, { personID: 'b', count: 1 }])).toEqual(['a', 'a', 'a', 'b', 'a']);
    expect(distribute(3, [{ personID: 'a' }, { personID: 'b' }])).toEqual(['a', 'b', 'a']);
    expect(toSeconds(1623834293)).toBe(1623834293);
    expect(toSeconds(1623834293000)).toBe(1623834293);
  });

  it('refuses operations the status does not allow', () => {
    const task = { status: '2' } as QualityTask;
    expect(() => requireStatus(task, 'terminate')).toThrow(SqmFailure);
    expect(() => requireStatus(task, 'delete')).not.toThrow();
  });
});

describe('appeal workflow', () => {
  const opened = openAppeal({ callUuid: 'u', callId: 'c', fileName: 'f', title: 't', initiator: 'agent', leader: 'leader', inspector: 'qc', hits: [], createTime: 1 }, 'why');

  it('goes Review → Process → Check → Finish with the right handlers', () => {
    const reviewed = audit(opened, 'pass', 'leader', 2, '');
    expect([reviewed.stage, reviewed.handler]).toEqual(['process', 'qc']);
    const processed = audit(reviewed, 'pass', 'qc', 3, '');
    expect([processed.stage, processed.handler]).toEqual(['check', 'agent']);
    const done = audit(processed, 'pass', 'agent', 4, '');
    expect(done.nodes.map((n) => n.nodeName)).toEqual(['Create complaint', 'Review', 'Process', 'Check', 'Finish']);
    expect(complainStatus(done)).toBe(1);
    expect(() => audit(done, 'pass', 'agent', 5, '')).toThrow(SqmFailure);
  });

  it('sends back one stage, rejects at review, and only lets the handler act', () => {
    expect(() => audit(opened, 'pass', 'agent', 2, '')).toThrow(SqmFailure);
    const processing = audit(opened, 'pass', 'leader', 2, '', 'qc2');
    expect(processing.handler).toBe('qc2');
    expect(audit(processing, 'back', 'qc2', 3, '').stage).toBe('review');
    const rejected = audit(opened, 'back', 'leader', 2, 'no');
    expect([rejected.stage, complainStatus(rejected)]).toEqual(['finish', 2]);
    const moved = reassign(opened, 'leader', 'deputy', 3);
    expect(moved.handler).toBe('deputy');
    expect(moved.nodes[0]!.assignHistoryList).toEqual([{ assignee: 'leader', newHandler: 'deputy', originalHandler: 'leader', assignTime: 3 }]);
  });
});

describe('sampling-plan calendar', () => {
  const plan = { cycleType: '3', startTime: Date.UTC(2026, 0, 31, 9) / 1000, endType: '1', totalTimes: 3, executionTimes: 0, endTime: null } as SamplingPlan;

  it('runs monthly on the same day, clamped to the month end, and ends by count or time', () => {
    expect(new Date(runTime(plan, 1) * 1000).toISOString()).toBe('2026-02-28T09:00:00.000Z');
    expect(new Date(runTime(plan, 2) * 1000).toISOString()).toBe('2026-03-31T09:00:00.000Z');
    expect(nextRun({ ...plan, executionTimes: 3 }, 0)).toBeNull();
    const daily = { ...plan, cycleType: '1', endType: '2', endTime: plan.startTime + 86_400 } as SamplingPlan;
    expect(nextRun(daily, plan.startTime)).toBe(plan.startTime + 86_400);
    expect(nextRun(daily, plan.startTime + 86_400)).toBeNull();
    expect(countsFor({ setCountsType: 2, setCounts: [{ personID: 'a', count: 40 }, { personID: 'b', count: 60 }] }, 7)).toEqual([{ personID: 'a', count: 3 }, { personID: 'b', count: 4 }]);
  });
});
