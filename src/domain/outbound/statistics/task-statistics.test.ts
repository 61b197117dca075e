// Goal: the task statistics rules of §12.3.5 (decision 0756): type codes, printed rates, VDN-local days.
import { describe, expect, it } from 'vitest';
import { dailyTaskRows, printedRate, realtimeTaskCounts, taskTypeOf } from './task-statistics.ts';

describe('task statistics', () => {
  it('maps device types to Table 12-640 task types (preempted is the agent outbound call)', () => {
    expect([1, 2, 3, 5, 6].map(taskTypeOf)).toEqual(['1', '2', '3', '5', '4']);
  });

  it('prints rates as the examples do, to a tenth of a percent', () => {
    expect([printedRate(101, 200), printedRate(2, 4), printedRate(1, 3), printedRate(0, 0), printedRate(4, 4)]).toEqual(['50.5%', '50%', '33.3%', '0%', '100%']);
  });

  it('buckets attempts by the local date of their start and keeps the range', () => {
    const at = (iso: string, callStatus: number) => ({ startedAtMs: Date.parse(iso), callStatus });
    const rows = dailyTaskRows([at('2026-01-05T15:59:00Z', 6), at('2026-01-05T16:00:00Z', 5), at('2026-01-04T12:00:00Z', 6)], 'Asia/Shanghai', '2026-01-05', '2026-01-06');
    expect(rows).toEqual([
      { statDate: '2026-01-05', totalCount: 1, succCount: 1, succRate: '100%' },
      { statDate: '2026-01-06', totalCount: 1, succCount: 0, succRate: '0%' },
    ]);
  });

  it('counts records by state; closed records are completed and failed', () => {
    const counts = realtimeTaskCounts(new Map([['succeeded', 3], ['failed', 1], ['cancelled', 1], ['new', 2], ['waiting', 1], ['fed', 1], ['dialing', 1]]));
    expect(counts).toEqual({ totalCount: 10, succCount: 3, failCount: 2, succRate: '60%', compCount: 5, waitCount: 3, execCount: 2, compRate: '50%' });
  });
});
