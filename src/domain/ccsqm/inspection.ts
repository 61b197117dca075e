import type { Scenario, TimeWindow } from './config-types.ts';
import { evaluateDialogRule } from './dialog-evaluation.ts';
import type { CreditRecord, RuleBook, RuleKind, RuleResult, ScenarioResult, SensitiveWordResult } from './rule-book.ts';
import { sentencesPerSegment } from './sentence-matcher.ts';
import { evaluateInterposal, evaluateSilence, evaluateSpeed, sensitiveHits } from './timing-evaluation.ts';
import type { Segment, Transcript } from './transcript.ts';

/**
 * Inspects one call (note 07 §5.B.7): every enabled scenario of the call's type whose trigger
 * window holds the call time yields a score = clamp(base + Σ rule scores, lower, upper) of the
 * rating rule in use, with each rule's result; sensitive words are call-level and count unless
 * the scenario ignores them. Scores: timing rules and sensitive words deduct |score| when
 * violated; dialog rules of score_type "invalid" deduct |score| when invalid, "valid" ones add it
 * when valid (decision 1223).
 */
export interface CallFacts {
  /** Unix seconds. */
  callTime: number;
  /** 0 voice, 2 text. */
  callType: number;
  transcript: Transcript;
}

export function inWindow(window: TimeWindow, callTime: number): boolean {
  const from = typeof window.call_from === 'number' ? window.call_from : null;
  const end = typeof window.call_end === 'number' ? window.call_end : null;
  return (from === null || callTime >= from) && (end === null || callTime <= end);
}

export function scenarioApplies(s: Scenario, call: Pick<CallFacts, 'callTime' | 'callType'>): boolean {
  return s.is_enable === 1 && (s.interaction_type === 2 ? call.callType === 2 : call.callType !== 2) && inWindow(s.other, call.callTime);
}

export const clamp = (value: number, lower: number, upper: number): number => Math.min(upper, Math.max(lower, value));

function result(valid: boolean, deduction: number, invalid: RuleResult['invalid_segment'], reviseId: string): RuleResult {
  return { valid, score: valid ? 0 : -Math.abs(deduction), invalid_segment: invalid, revise_id: reviseId, revise: -1 };
}

const pointAt = (segments: readonly Segment[], indexes: readonly number[]) => indexes.map((i) => ({ start_time: segments[i]!.start_time, end_time: segments[i]!.end_time, call_id: String(segments[i]!.segment_id) }));

export function inspectCall(book: RuleBook, call: CallFacts, nowSeconds: number, reviseId: (kind: RuleKind) => string): CreditRecord {
  const { segments } = call.transcript;
  const said = sentencesPerSegment(segments, book.sentences, book.index);
  const sensitive: SensitiveWordResult[] = book.sensitiveWords.map(({ id, word }) => {
    const hits = sensitiveHits(word, segments, said);
    return { valid: hits.length === 0, score: hits.length === 0 ? 0 : -Math.abs(word.score), invalid_segment: hits, revise_id: reviseId('sentitiveWord'), revise: -1, setting: { sw_id: id, sw_name: word.sw_name } };
  });
  const credit: ScenarioResult[] = [];
  for (const { id, scenario } of book.scenarios.filter((s) => scenarioApplies(s.scenario, call))) {
    const entry: ScenarioResult = { score: 0, setting: { group_id: id, group_name: scenario.group_name, ignore_sensitive: scenario.ignore_sensitive, description: scenario.description }, rules: [], silence_rule: [], speed_rule: [], interposal_rule: [] };
    for (const ruleId of scenario.rules) {
      const rule = book.dialogRules.get(ruleId);
      if (!rule || !inWindow(rule.other, call.callTime)) continue;
      const outcome = evaluateDialogRule(rule, book.flowsOfRule.get(ruleId) ?? [], segments, said);
      const applied = rule.score_type === 'valid' ? (outcome.valid ? Math.abs(rule.score) : 0) : outcome.valid ? 0 : -Math.abs(rule.score);
      entry.rules.push({ valid: outcome.valid, score: applied, invalid_segment: pointAt(segments, outcome.segments), revise_id: reviseId('dialog'), revise: -1, setting: { rule_id: ruleId, rule_name: rule.rule_name } });
    }
    for (const ruleId of scenario.silence_rules) {
      const rule = book.silenceRules.get(ruleId);
      if (!rule || !inWindow(rule.other, call.callTime)) continue;
      const o = evaluateSilence(rule, segments, said);
      entry.silence_rule.push({ ...result(o.valid, rule.score, o.invalid, reviseId('silence')), name: rule.name, setting: { silence_id: ruleId, name: rule.name } });
    }
    for (const ruleId of scenario.speed_rules) {
      const rule = book.speedRules.get(ruleId);
      if (!rule || !inWindow(rule.other, call.callTime)) continue;
      const o = evaluateSpeed(rule, segments, said);
      entry.speed_rule.push({ ...result(o.valid, rule.score, o.invalid, reviseId('speed')), name: rule.name, setting: { name: rule.name, speed_id: ruleId } });
    }
    for (const ruleId of scenario.interposal_rules) {
      const rule = book.interposalRules.get(ruleId);
      if (!rule || !inWindow(rule.other, call.callTime)) continue;
      const o = evaluateInterposal(rule, segments);
      entry.interposal_rule.push({ ...result(o.valid, rule.score, o.invalid, reviseId('interposal')), name: rule.name, setting: { interposal_id: ruleId, name: rule.name } });
    }
    entry.score = scenarioScore(book.scoreRule, entry, scenario.ignore_sensitive === 1 ? [] : sensitive);
    credit.push(entry);
  }
  return { create_time: nowSeconds, credit, sensitive_words: sensitive };
}

/** The effective validity of a result once revised (−1 none, 0 forced invalid, 1 forced valid). */
export function effectiveValid(r: { valid: boolean; revise: -1 | 0 | 1 }): boolean {
  return r.revise === -1 ? r.valid : r.revise === 1;
}

/**
 * A scenario's score from its results. Automatic (revisions ignored) or manual (revisions
 * applied, note 07 §5.B.7 item 6): a result revised to valid deducts nothing; one revised to
 * invalid deducts what the rule deducts (`deductionOf`).
 */
export function scenarioScore(rule: { base: number; lower_bound: number; upper_bound: number }, entry: ScenarioResult, sensitive: readonly SensitiveWordResult[], mode: 'automatic' | 'manual' = 'automatic', deductionOf: (reviseId: string) => number = () => 0): number {
  const all: Array<RuleResult> = [...entry.rules, ...entry.silence_rule, ...entry.speed_rule, ...entry.interposal_rule, ...sensitive.map((s) => ({ ...s, invalid_segment: [] }))];
  let sum = 0;
  for (const r of all) {
    if (mode === 'automatic' || r.revise === -1) sum += r.score;
    else if (!effectiveValid(r)) sum += r.score !== 0 ? r.score : -Math.abs(deductionOf(r.revise_id));
  }
  return clamp(rule.base + sum, rule.lower_bound, rule.upper_bound);
}
