// Benchmark: the quality-check inspection (§12.2, issue 14 Performance). Inspects synthetic
// transcripts (30 timed segments each) against a scenario of 50 rules — 20 dialog rules over
// keyword, regex and dialogue-act sentences, 10 silence, 10 speed, 10 interruption — plus 10
// sensitive words, and reports transcripts per second beside a same-process baseline (the
// metrics alone), and the cost of one more rule. Run: npx tsx bench/sqm-inspection.bench.ts [transcripts].
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import type { DialogRule, Scenario, Sentence } from '../src/domain/ccsqm/config-types.ts';
import { inspectCall } from '../src/domain/ccsqm/inspection.ts';
import { callMetrics } from '../src/domain/ccsqm/metrics.ts';
import type { RuleBook } from '../src/domain/ccsqm/rule-book.ts';
import { buildIndex } from '../src/domain/ccsqm/similarity.ts';
import type { Segment, Transcript } from '../src/domain/ccsqm/transcript.ts';
import { createRng } from '../src/domain/time/index.ts';

const count = Number(process.argv[2] ?? 400);
const rng = createRng(42);
const phrases = ['thank you for calling', 'how can I help you', 'my account number is 12345', 'please hold on a moment', 'that is a stupid idea', 'is there anything else', 'have a nice day goodbye', 'I would like to complain about the bill', 'let me check that for you', 'sorry for the wait'];

function transcript(): Transcript {
  const segments: Segment[] = [];
  let at = 0;
  for (let i = 0; i < 30; i++) {
    const length = 1 + rng.next() * 4;
    segments.push({ segment_id: i + 1, speaker: i % 2 === 0 ? 'staff' : 'customer', start_time: Math.round(at * 100) / 100, end_time: Math.round((at + length) * 100) / 100, asr_text: phrases[rng.int(0, phrases.length - 1)]! });
    at += length + rng.next() * (rng.next() < 0.1 ? 6 : 1) - 0.3;
  }
  return { duration: Math.round(at * 100) / 100, language: 'en_US', segments };
}

function book(dialogRules: number): RuleBook {
  const sentences = new Map<string, Sentence>();
  phrases.forEach((p, i) => sentences.set(`s${i}`, { sentence_name: p, category_id: 'c', tags: [{ tag_type: i % 3 === 0 ? 'keyword' : i % 3 === 1 ? 'regular_exp' : 'dialogue_act', pos_sentences: [{ id: `k${i}`, name: i % 3 === 1 ? `${p.split(' ')[0]}\\s+\\w+` : p }], neg_sentences: [] }] }));
  const rules = new Map<string, DialogRule>();
  const flowsOfRule: RuleBook['flowsOfRule'] = new Map();
  for (let r = 0; r < dialogRules; r++) {
    rules.set(`r${r}`, { rule_name: `r${r}`, description: '', severity: 'normal', score_type: 'invalid', score: 2, method: r % 4 === 0 ? 'negative' : 'positive', min: 1, other: {} });
    const script = (op: 'must' | 'then', s: number) => ({ id: `g${r}${op}`, script: { sg_name: null, sentences: [`s${s}`], role: 'any' as const, position: 'any' as const, position_distance: 0, SGType: op, dialogue_flow_id: `f${r}` } });
    flowsOfRule.set(`r${r}`, [{ id: `f${r}`, flow: { flow_name: 'f', min: 1, rule_id: `r${r}`, sentence_groups: [] }, scripts: [script('must', r % 10), script('then', (r + 3) % 10)] }]);
  }
  const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  const scenario: Scenario = { group_name: 'bench', description: '', is_enable: 1, ignore_sensitive: 0, other: {}, interaction_type: 0, rules: [...rules.keys()], silence_rules: ids('si', 10), speed_rules: ids('sp', 10), interposal_rules: ids('ip', 10), create_time: 0 };
  const none = { staff: [], customer: [] };
  return {
    scoreRule: { name: 'd', base: 80, lower_bound: 0, upper_bound: 100 }, sentences,
    index: buildIndex([...sentences.entries()].filter(([, s]) => s.tags[0]!.tag_type === 'dialogue_act').map(([id, s]) => ({ sentenceId: id, polarity: 'pos' as const, text: s.sentence_name }))),
    dialogRules: rules, flowsOfRule,
    silenceRules: new Map(ids('si', 10).map((id, i) => [id, { name: id, score: 2, seconds: 3 + i, times: 1, other: {}, exception: { before: none, after: { staff: [] } } }])),
    speedRules: new Map(ids('sp', 10).map((id, i) => [id, { name: id, score: 2, min: 50 + i * 10, max: 300, other: {}, exception: { under: { customer: [] }, over: { customer: [] } } }])),
    interposalRules: new Map(ids('ip', 10).map((id, i) => [id, { name: id, score: 2, seconds: 0.1 * (i + 1), times: 1, other: {} }])),
    sensitiveWords: ids('w', 10).map((id, i) => ({ id, word: { sw_name: i === 0 ? 'stupid' : `word${i}`, score: -5, category_id: 'c', exception: { customer: [], staff: [] } } })),
    scenarios: [{ id: 'groupid_bench', scenario }],
  };
}

const transcripts = Array.from({ length: count }, transcript);
/** Best of three timed passes after a warm-up pass (JIT, caches). */
function rate(work: (t: Transcript) => unknown): number {
  for (const t of transcripts) work(t);
  let best = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const started = performance.now();
    for (const t of transcripts) work(t);
    best = Math.min(best, performance.now() - started);
  }
  return count / (best / 1000);
}

let n = 0;
const reviseId = () => `r${n++}`;
const book50 = book(20);
const book51 = book(21);
// Interleaved rounds, best of each, so that a noisy neighbour affects all three alike.
let baseline = 0;
let fifty = 0;
let fiftyOne = 0;
const inspect50 = () => (fifty = Math.max(fifty, rate((t) => inspectCall(book50, { callTime: 0, callType: 0, transcript: t }, 0, reviseId))));
const inspect51 = () => (fiftyOne = Math.max(fiftyOne, rate((t) => inspectCall(book51, { callTime: 0, callType: 0, transcript: t }, 0, reviseId))));
for (let round = 0; round < 4; round++) {
  baseline = Math.max(baseline, rate((t) => callMetrics(t)));
  // Alternate which goes first, so that warm-up and neighbours weigh on both alike.
  if (round % 2 === 0) {
    inspect50();
    inspect51();
  } else {
    inspect51();
    inspect50();
  }
}
const perRuleUs = (1_000_000 / fiftyOne - 1_000_000 / fifty);
process.stdout.write(
  `load ${os.loadavg()[0]!.toFixed(1)}; ${count} transcripts of 30 segments: metrics only ${baseline.toFixed(0)}/s (baseline); 50 rules + 10 sensitive words ${fifty.toFixed(0)}/s ` +
    `(${(baseline / fifty).toFixed(1)}x the baseline's cost); 51 rules ${fiftyOne.toFixed(0)}/s; one more dialog rule costs ${perRuleUs.toFixed(1)} µs per transcript ` +
    `(${((perRuleUs / (1_000_000 / fifty)) * 100).toFixed(1)}% of an inspection)\n`,
);
