// Goal: the metrics and timing rules reproduce the numbers of the reference's own transcript
// (12.2.17.3, ref L53026–53233; note 07 §5.B.3, §5.B.6), and scores clamp as §5.B.7 verifies.
import { describe, expect, it } from 'vitest';
import type { SilenceRule } from './config-types.ts';
import { callMetrics } from './metrics.ts';
import { clamp, scenarioScore } from './inspection.ts';
import { evaluateInterposal, evaluateSilence } from './timing-evaluation.ts';
import type { Segment, Transcript } from './transcript.ts';
import { flowOccurrences } from './dialog-evaluation.ts';

const rows: Array<[number, 'staff' | 'customer', number, number, string]> = [
  [1, 'customer', 0.0, 11.32, "Would you like to ask for the price"],
  [2, 'staff', 13.36, 13.88, "Yes"],
  [3, 'customer', 14.56, 16.74, "Are you going to buy a car in Beijing"],
  [4, 'staff', 18.74, 19.68, "Yes"],
  [5, 'customer', 20.28, 23.66, "Are you going to apply for a local license"],
  [6, 'staff', 25.76, 28.4, "Can I get Hebei license in Beijing"],
  [7, 'customer', 29.24, 37.48, "Different cities have different license requirements"],
  [8, 'customer', 38.04, 47.42, "I\'ll call you back later"],
  [9, 'staff', 49.12, 50.22, "OK"],
  [10, 'customer', 51.0, 53.22, "Are you going to buy a car in Beijing"],
  [11, 'staff', 56.26, 62.96, "Is there any discount"],
  [12, 'customer', 61.7, 62.64, "Yes, it is"],
  [13, 'customer', 63.74, 73.28, "Some vehicles are available with zero down payment"],
  [14, 'customer', 73.76, 78.34, "I\'ll ask our professional consultant to introduce you in detail later"],
  [15, 'staff', 80.1, 81.68, "OK"],
  [16, 'customer', 82.54, 85.48, "When will you be available"],
  [17, 'staff', 86.7, 91.28, "Anytime"],
  [18, 'staff', 91.72, 92.04, "OK"],
  [19, 'customer', 92.16, 95.68, "I\'ll ask my colleague to contact you later"],
  [20, 'staff', 93.76, 94.04, "All right"],
  [21, 'customer', 96.18, 97.82, "Do you have any other questions"],
  [22, 'staff', 99.52, 100.12, "No"],
  [23, 'customer', 100.68, 104.12, "Ok I\'ll hang up Have a nice life Goodbye"],
];
export const referenceTranscript: Transcript = { duration: 104.12, language: 'en_US', segments: rows.map(([segment_id, speaker, start_time, end_time, asr_text]): Segment => ({ segment_id, speaker, start_time, end_time, asr_text })) };
const noSaid = referenceTranscript.segments.map(() => new Set<string>());
const silence = (seconds: number, times = 1): SilenceRule => ({ name: 's', score: 4, seconds, times, other: {}, exception: { before: { staff: [], customer: [] }, after: { staff: [] } } });

describe('inspection metrics on the reference transcript', () => {
  it('gives the documented speech ratios and silence times (ref L53055–53220)', () => {
    const m = callMetrics(referenceTranscript);
    expect([m.left_channel, m.right_channel]).toEqual(['customer', 'staff']);
    expect(m.left_speech_ratio).toBe(0.6081);
    expect(m.right_speech_ratio).toBe(0.185);
    expect(m.left_silence_time).toBe(40.8);
    expect(m.right_silence_time).toBe(84.86);
    expect(m.right_emotions.map((e) => e.type)).toEqual(['negative', 'positive']);
  });

  it('finds the two overlaps and the silences the note derives (note 07 §5.B.6)', () => {
    const overlaps = evaluateInterposal({ name: 'i', score: 4, seconds: 0.2, times: 2, other: {} }, referenceTranscript.segments);
    expect(overlaps.invalid).toEqual([{ start_time: 61.7, end_time: 62.64, call_id: '11' }, { start_time: 93.76, end_time: 94.04, call_id: '20' }]);
    expect(overlaps.valid).toBe(false);
    expect(evaluateInterposal({ name: 'i', score: 4, seconds: 0.5, times: 2, other: {} }, referenceTranscript.segments).valid).toBe(true);
    const three = evaluateSilence(silence(3), referenceTranscript.segments, noSaid);
    expect(three.invalid).toEqual([{ start_time: 53.22, end_time: 56.26, call_id: '11' }]);
    expect(evaluateSilence(silence(2), referenceTranscript.segments, noSaid).invalid.map((g) => g.call_id)).toEqual(['2', '4', '6', '11']);
    expect(evaluateSilence(silence(2, 5), referenceTranscript.segments, noSaid).valid).toBe(true);
  });

  it('scores base + deductions clamped to the rating rule (77 = 80 − 3, 75 = 80 − 2 − 3; ref L53398–53507)', () => {
    const rule = { base: 80, lower_bound: 0, upper_bound: 100 };
    const r = (score: number) => ({ valid: score === 0, score, invalid_segment: [], revise_id: 'x', revise: -1 as const });
    const entry = (scores: number[]) => ({ score: 0, setting: { group_id: 'g', group_name: 'g', ignore_sensitive: 0 as const, description: '' }, rules: scores.map((s) => ({ ...r(s), setting: { rule_id: '1', rule_name: 'r' } })), silence_rule: [], speed_rule: [], interposal_rule: [] });
    expect(scenarioScore(rule, entry([-3]), [])).toBe(77);
    expect(scenarioScore(rule, entry([-2, -3, 0]), [])).toBe(75);
    expect(scenarioScore({ base: 10, lower_bound: 5, upper_bound: 100 }, entry([-30]), [])).toBe(5);
    expect(clamp(120, 1, 100)).toBe(100);
  });

  it('evaluates then-clauses in order and counts repeated occurrences', () => {
    const said = referenceTranscript.segments.map((s) => new Set(s.asr_text === 'OK' ? ['ok'] : s.asr_text.includes('Beijing') ? ['beijing'] : []));
    const script = (SGType: 'must' | 'then', sentence: string) => ({ script: { sg_name: null, sentences: [sentence], role: 'any' as const, position: 'any' as const, position_distance: 0, SGType, dialogue_flow_id: 'f' } });
    expect(flowOccurrences([script('must', 'beijing'), script('then', 'ok')], referenceTranscript.segments, said)).toEqual({ count: 2, matched: [2, 8, 9, 14] });
    expect(flowOccurrences([script('must', 'ok'), script('then', 'beijing')], referenceTranscript.segments, said).count).toBe(1);
  });
});
