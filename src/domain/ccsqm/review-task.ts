import type { Rng } from '../time/index.ts';
import { conflict, invalid } from './failure.ts';

/**
 * Manual review tasks (§12.2.14–12.2.15; note 07 §5.B.9): a task samples inspected calls by
 * criteria, assigns them to inspectors and, once effective, collects their reviews.
 * Status (ref L51228–51263 show "0", "1", "4"; decision 1228): "0" created, "1" effective,
 * "2" completed, "3" awaiting its reserved time, "4" terminated.
 */
export type TaskStatus = '0' | '1' | '2' | '3' | '4';

export interface SamplingCriteria {
  qualityType: 1 | 2 | 3;
  qualityNum: number;
  qualityCondition: 0 | 1 | 2;
  maxNum?: number | undefined;
  durationStart?: number | undefined;
  durationEnd?: number | undefined;
  scoreStart?: number | undefined;
  scoreEnd?: number | undefined;
  staffIds?: string[] | undefined;
  /** 0 voice; 1 (12.2.13) and 2 (12.2.14) text. */
  interactionType: number;
}

export interface QualityTask {
  planName: string;
  currentRole: string;
  creator: string;
  createTime: number;
  callStart: number | null;
  callEnd: number | null;
  fixedColumns: SamplingCriteria;
  status: TaskStatus;
  effectiveDate: number | null;
  reserveTimeMs: number | null;
  reviewingOfficer: string | null;
  /** The sampling plan that created it, if any. */
  planId: string | null;
}

export interface TaskCall {
  taskId: string;
  callUuid: string;
  inspector: string | null;
  /** 0 to inspect, 1 inspected. */
  inspectStatus: 0 | 1;
}

export interface Candidate {
  callUuid: string;
  staffId: string;
  callTime: number;
  /** Seconds. */
  duration: number;
  /** The machine score (the lowest of its scenarios). */
  score: number | null;
  callType: number;
  sampled: boolean;
}

/** A value in seconds or milliseconds (the "Millis" fields carry seconds in the examples, note 07 §8.4 item 67). */
export function toSeconds(value: number | null | undefined): number | null {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  return value >= 1e11 ? Math.floor(value / 1000) : value;
}

export function matchesCriteria(c: Candidate, criteria: SamplingCriteria, window: { from: number | null; to: number | null }): boolean {
  const textType = criteria.interactionType === 1 || criteria.interactionType === 2;
  if ((textType ? 2 : 0) !== c.callType) return false;
  if (window.from !== null && c.callTime < window.from) return false;
  if (window.to !== null && c.callTime > window.to) return false;
  const ms = c.duration * 1000;
  if (criteria.durationStart !== undefined && ms < criteria.durationStart) return false;
  if (criteria.durationEnd !== undefined && criteria.durationEnd > 0 && ms > criteria.durationEnd) return false;
  if (criteria.scoreStart !== undefined && (c.score === null || c.score < criteria.scoreStart)) return false;
  if (criteria.scoreEnd !== undefined && (c.score === null || c.score > criteria.scoreEnd)) return false;
  if (criteria.staffIds?.length && !criteria.staffIds.includes(c.staffId)) return false;
  if (criteria.qualityCondition === 1 && c.sampled) return false;
  if (criteria.qualityCondition === 2 && !c.sampled) return false;
  return true;
}

function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Draws the sample (note 07 §5.B.9): 1 = qualityNum % of all candidates, 2 = qualityNum calls
 * per agent, 3 = qualityNum % per agent; maxNum caps the total (1) or each agent (3).
 */
export function drawSample(candidates: readonly Candidate[], criteria: SamplingCriteria, rng: Rng): Candidate[] {
  const cap = criteria.maxNum && criteria.maxNum > 0 ? criteria.maxNum : Infinity;
  const percent = (n: number) => Math.ceil((Math.min(100, criteria.qualityNum) / 100) * n);
  if (criteria.qualityType === 1) return shuffled(candidates, rng).slice(0, Math.min(cap, percent(candidates.length)));
  const byAgent = new Map<string, Candidate[]>();
  for (const c of candidates) byAgent.set(c.staffId, [...(byAgent.get(c.staffId) ?? []), c]);
  const out: Candidate[] = [];
  for (const agent of [...byAgent.keys()].sort()) {
    const calls = shuffled(byAgent.get(agent)!, rng);
    out.push(...calls.slice(0, criteria.qualityType === 2 ? criteria.qualityNum : Math.min(cap, percent(calls.length))));
  }
  return out;
}

/** Inspector per call: explicit counts in order, the rest round-robin (setCountsType 1; 0 = even split). */
export function distribute(callCount: number, setCounts: ReadonlyArray<{ personID: string; count?: number | undefined }>): string[] {
  if (setCounts.length === 0) throw invalid('Incorrect request. setCounts is empty.');
  const out: string[] = [];
  const explicit = setCounts.every((s) => s.count !== undefined);
  if (explicit) for (const s of setCounts) for (let i = 0; i < s.count! && out.length < callCount; i++) out.push(s.personID);
  for (let i = 0; out.length < callCount; i++) out.push(setCounts[i % setCounts.length]!.personID);
  return out;
}

const transitions: Record<string, readonly TaskStatus[]> = {
  appoint: ['0', '1', '3'],
  takeEffect: ['0', '3'],
  terminate: ['1', '3'],
  update: ['0'],
  delete: ['0', '2', '4'],
  work: ['1'],
};

/** Refuses an operation the task's status does not allow (the illegal-transition failure). */
export function requireStatus(task: QualityTask, operation: keyof typeof transitions): void {
  if (!transitions[operation]!.includes(task.status)) throw conflict(`Business failure. The task is in status ${task.status}; ${operation} is not allowed.`);
}
