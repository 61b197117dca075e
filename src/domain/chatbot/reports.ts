/**
 * The four statistics reports of 10.15 (note 05 §5.13), computed from session and turn rows.
 * Pure: rows in, report rows out. Buckets are UTC hours or days (decision 1008).
 */
export interface SessionFacts {
  accessCode: string;
  startedAtMs: number;
  interactCount: number;
  transferred: boolean;
  endedInIvr: boolean;
  interfaceRequests: number;
  interfaceSuccesses: number;
  feedback: number | null;
}

export interface TurnFacts {
  accessCode: string;
  replyAtMs: number;
  hitKind: string | null;
  hitName: string | null;
}

const hourMs = 3_600_000;
const dayMs = 86_400_000;

export type Bucketing = 'hour' | 'day';

/** [from, to) of the report and the size of its rows: hours of the day, or the last 30 days. */
export function reportWindow(type: Bucketing, timestamp: number): { fromMs: number; toMs: number; stepMs: number } {
  const day = Math.floor(timestamp / dayMs) * dayMs;
  return type === 'hour' ? { fromMs: day, toMs: day + dayMs, stepMs: hourMs } : { fromMs: day - 29 * dayMs, toMs: day + dayMs, stepMs: dayMs };
}

function bucketsOf<T>(rows: readonly T[], at: (row: T) => number, stepMs: number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) {
    const key = Math.floor(at(row) / stepMs) * stepMs;
    let list = out.get(key);
    if (!list) out.set(key, (list = []));
    list.push(row);
  }
  return new Map([...out].sort((a, b) => a[0] - b[0]));
}

/** A rate as the examples print it ("1.0000"), or "-1.0000" when nothing was counted. */
function rate(part: number, whole: number): string {
  return whole === 0 ? '-1.0000' : (part / whole).toFixed(4);
}

/** 10.15.1 rows (ref L37155–37218): non-empty buckets only. */
export function callStatistics(sessions: readonly SessionFacts[], stepMs: number) {
  return [...bucketsOf(sessions, (s) => s.startedAtMs, stepMs)].map(([recordTime, rows]) => {
    const interactCount = rows.reduce((n, s) => n + s.interactCount, 0);
    const exitNoConsultCount = rows.filter((s) => s.interactCount <= 1).length;
    const callStaffNoConsultCount = rows.filter((s) => s.transferred && s.interactCount >= 2 && s.interactCount <= 3).length;
    const callStaffConsultCount = rows.filter((s) => s.transferred && s.interactCount > 3).length;
    const exitConsultingCount = rows.filter((s) => !s.transferred && s.interactCount > 1).length;
    const requests = rows.reduce((n, s) => n + s.interfaceRequests, 0);
    const successes = rows.reduce((n, s) => n + s.interfaceSuccesses, 0);
    return {
      recordTime,
      callCount: rows.length,
      exitNoConsultCount,
      callStaffNoConsultCount,
      callStaffConsultCount,
      exitConsultingCount,
      interactCount,
      autonomyRate: rate(exitConsultingCount, callStaffNoConsultCount + callStaffConsultCount + exitConsultingCount),
      averageInteractPerCall: (interactCount / rows.length).toFixed(2),
      dbRecordTime: recordTime,
      interfaceRequestCount: requests,
      interfaceSuccessCount: successes,
      interfaceSuccessRate: rate(successes, requests),
    };
  });
}

/** 10.15.2 rows (ref L37253–37272): bot replies that recognised something, and feedback. */
export function chatbotReport(turns: readonly TurnFacts[], sessions: readonly SessionFacts[], stepMs: number) {
  const turnBuckets = bucketsOf(turns.filter((t) => t.hitKind !== null), (t) => t.replyAtMs, stepMs);
  const feedbackBuckets = bucketsOf(sessions.filter((s) => s.feedback !== null), (s) => s.startedAtMs, stepMs);
  const keys = [...new Set([...turnBuckets.keys(), ...feedbackBuckets.keys()])].sort((a, b) => a - b);
  return keys.map((recordTime) => {
    const replies = turnBuckets.get(recordTime) ?? [];
    const feedback = feedbackBuckets.get(recordTime) ?? [];
    const success = replies.filter((t) => t.hitKind === 'intent' || t.hitKind === 'faq').length;
    const positive = feedback.filter((s) => s.feedback === 1).length;
    return {
      recordTime,
      consultCount: replies.length,
      responseSuccessCount: success,
      unknowCount: replies.length - success,
      responseRate: rate(success, replies.length),
      feedbackCount: feedback.length,
      positiveFeedbackCount: positive,
      positiveFeedbackRate: rate(positive, feedback.length),
    };
  });
}

/** Distinct hits, total hits and the top 10 of one kind of knowledge (10.15.3). */
export function knowledgeHits(turns: readonly TurnFacts[], kind: 'faq' | 'intent') {
  const counts = new Map<string, number>();
  for (const t of turns) if (t.hitKind === kind && t.hitName) counts.set(t.hitName, (counts.get(t.hitName) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10);
  return { distinct: counts.size, sum: [...counts.values()].reduce((a, b) => a + b, 0), top: top.map(([name, count]) => ({ name, count })) };
}

/** 10.15.4: the ten access codes with the most sessions (ref L37467–37472). */
export function hotspots(sessions: readonly SessionFacts[]) {
  const counts = new Map<string, number>();
  for (const s of sessions) counts.set(s.accessCode, (counts.get(s.accessCode) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10).map(([name, count]) => ({ name, count }));
}
