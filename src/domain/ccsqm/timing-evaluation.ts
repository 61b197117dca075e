import type { InterposalRule, SensitiveWord, SilenceRule, SpeedRule } from './config-types.ts';
import { speedOf } from './metrics.ts';
import type { InvalidSegment } from './rule-book.ts';
import { saysAny } from './sentence-matcher.ts';
import { keywordHit, normalise } from './text-match.ts';
import { round, segmentLength, speechUnits, type Segment } from './transcript.ts';

/**
 * Silence, speed, interruption and sensitive-word rules (note 07 §5.B.5–5.B.6). Each returns
 * whether the call complies and the segments or gaps to point at.
 */
type Said = ReadonlyArray<ReadonlySet<string>>;
interface Outcome {
  valid: boolean;
  invalid: InvalidSegment[];
}

/** Gaps of at least `seconds` between speech; exempt when the exception sentences frame them. */
export function evaluateSilence(rule: SilenceRule, segments: readonly Segment[], said: Said): Outcome {
  const order = segments.map((s, i) => ({ s, i })).sort((a, b) => a.s.start_time - b.s.start_time || a.i - b.i);
  const gaps: InvalidSegment[] = [];
  let endSoFar = -Infinity;
  let before: { s: Segment; i: number } | undefined;
  for (const { s, i } of order) {
    if (before && s.start_time - endSoFar >= rule.seconds) {
      const exemptBefore = saysAny(said[before.i]!, before.s.speaker === 'staff' ? rule.exception.before.staff : rule.exception.before.customer);
      const exemptAfter = s.speaker === 'staff' && saysAny(said[i]!, rule.exception.after.staff);
      if (!exemptBefore && !exemptAfter) gaps.push({ start_time: round(endSoFar, 2), end_time: s.start_time, call_id: String(s.segment_id) });
    }
    if (s.end_time >= endSoFar) {
      endSoFar = s.end_time;
      before = { s, i };
    }
  }
  return { valid: gaps.length < rule.times, invalid: gaps };
}

/** The agent's average speed against [min, max]; customer exception sentences excuse either side. */
export function evaluateSpeed(rule: SpeedRule, segments: readonly Segment[], said: Said): Outcome {
  const speed = speedOf(segments, 'staff');
  const staff = segments.map((s, i) => ({ s, i })).filter(({ s }) => s.speaker === 'staff');
  if (staff.length === 0) return { valid: true, invalid: [] };
  const customerSaid = (ids: readonly string[]) => segments.some((s, i) => s.speaker === 'customer' && saysAny(said[i]!, ids));
  const slow = speed < rule.min && !customerSaid(rule.exception.under.customer);
  const fast = speed > rule.max && !customerSaid(rule.exception.over.customer);
  if (!slow && !fast) return { valid: true, invalid: [] };
  const out = staff.filter(({ s }) => {
    if (segmentLength(s) < 1) return false;
    const v = (speechUnits(s.asr_text) / segmentLength(s)) * 60;
    return slow ? v < rule.min : v > rule.max;
  });
  return { valid: false, invalid: out.map(({ s }) => ({ start_time: s.start_time, end_time: s.end_time, call_id: String(s.segment_id) })) };
}

/** Overlaps of agent and customer speech of at least `seconds` (the agent interrupting). */
export function evaluateInterposal(rule: InterposalRule, segments: readonly Segment[]): Outcome {
  const overlaps: InvalidSegment[] = [];
  for (const staff of segments.filter((s) => s.speaker === 'staff')) {
    for (const customer of segments.filter((s) => s.speaker === 'customer')) {
      const start = Math.max(staff.start_time, customer.start_time);
      const end = Math.min(staff.end_time, customer.end_time);
      if (end > start && round(end - start, 2) >= rule.seconds) overlaps.push({ start_time: start, end_time: end, call_id: String(staff.segment_id) });
    }
  }
  overlaps.sort((a, b) => a.start_time - b.start_time);
  return { valid: overlaps.length < rule.times, invalid: overlaps };
}

/** Agent segments containing the word, unless an exception sentence excuses them (note 07 §5.B.5). */
export function sensitiveHits(word: SensitiveWord, segments: readonly Segment[], said: Said): number[] {
  const hits: number[] = [];
  segments.forEach((s, i) => {
    if (s.speaker !== 'staff' || !keywordHit(normalise(s.asr_text), word.sw_name)) return;
    if (saysAny(said[i]!, word.exception.staff)) return;
    for (let j = i - 1; j >= 0; j--) {
      if (segments[j]!.speaker === 'customer') {
        if (saysAny(said[j]!, word.exception.customer)) return;
        break;
      }
    }
    hits.push(s.segment_id);
  });
  return hits;
}
