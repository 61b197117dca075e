import type { SamplingCriteria } from './review-task.ts';

/**
 * Scheduled sampling plans (§12.2.13; note 07 §5.B.9): a plan runs every day, week or month from
 * its start time; each run samples the calls of the period that just ended into a review task,
 * assigns it and makes it effective. It ends after `qiqtTotalTimes` runs (end type 1) or at
 * `qiqtEndTime` (end type 2). Status "1" stopped, "2" running (ref L50504).
 */
export interface SamplingPlan {
  qiqtName: string;
  cycleType: '1' | '2' | '3';
  /** Unix seconds. */
  startTime: number;
  endType: '1' | '2';
  endTime: number | null;
  totalTimes: number | null;
  currentRole: string;
  fixedColumns: SamplingCriteria;
  setCountsType: 0 | 2;
  setCounts: Array<{ personID: string; count?: number | undefined }>;
  status: '1' | '2';
  executionTimes: number;
  /** Unix seconds; null when stopped or ended. */
  nextExecution: number | null;
  creator: string;
  createTime: number;
}

export const cycleName: Record<SamplingPlan['cycleType'], string> = { '1': 'Daily', '2': 'Weekly', '3': 'Monthly' };
export const endTypeName: Record<SamplingPlan['endType'], string> = { '1': 'Count limit', '2': 'Time limit' };

/** The `k`-th run time after the start (monthly: same day, clamped to the month's end). */
export function runTime(plan: Pick<SamplingPlan, 'cycleType' | 'startTime'>, k: number): number {
  if (plan.cycleType === '1') return plan.startTime + k * 86_400;
  if (plan.cycleType === '2') return plan.startTime + k * 7 * 86_400;
  const start = new Date(plan.startTime * 1000);
  const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + k, 1, start.getUTCHours(), start.getUTCMinutes(), start.getUTCSeconds()));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  return Math.floor(target.getTime() / 1000);
}

/** The first run strictly after `after` (or at the start when it is still ahead), or null once the plan has ended. */
export function nextRun(plan: SamplingPlan, after: number): number | null {
  if (plan.endType === '1' && plan.totalTimes !== null && plan.executionTimes >= plan.totalTimes) return null;
  let k = 0;
  while (runTime(plan, k) <= after) k++;
  const at = runTime(plan, k);
  if (plan.endType === '2' && plan.endTime !== null && at > plan.endTime) return null;
  return at;
}

/** Percentages (setCountsType 2) must add up to 100 (note 07 §4.B.15). */
export function countsFor(plan: Pick<SamplingPlan, 'setCountsType' | 'setCounts'>, calls: number): Array<{ personID: string; count?: number | undefined }> {
  if (plan.setCountsType === 0) return plan.setCounts.map((s) => ({ personID: s.personID }));
  let given = 0;
  return plan.setCounts.map((s, i) => {
    const count = i === plan.setCounts.length - 1 ? calls - given : Math.round(((s.count ?? 0) / 100) * calls);
    given += count;
    return { personID: s.personID, count };
  });
}
