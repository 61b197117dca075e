// Benchmark (issue 13, "Performance"): FAQ match latency over 10,000 Q&A pairs and intent
// classification over 200 intents, beside a same-run baseline that scans every question with a
// plain substring test (the cheapest thing that could answer at all). The report gives p50/p99
// per query and the ratio to the baseline. Run: npx tsx bench/oiap-nlu.bench.ts [-- --faqs 10000].
// Never asserted in tests.
import { performance } from 'node:perf_hooks';
import { FaqIndex, IntentClassifier } from '../src/domain/chatbot/index.ts';

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const faqCount = flag('faqs', 10_000);
const queries = flag('queries', 2_000);

// A deterministic corpus: questions built from a vocabulary by a linear congruential sequence.
const vocabulary = 'account balance card lost stolen fee transfer international branch open hours loan rate interest mortgage deposit savings credit debit limit pin reset password online banking mobile app statement address change close cheque overdraft charge refund dispute travel notice currency exchange atm cash withdraw'.split(' ');
let seed = 42;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
const sentence = (n: number) => Array.from({ length: n }, () => vocabulary[next() % vocabulary.length]).join(' ');
const docs = Array.from({ length: faqCount }, (_, i) => ({ faqId: i + 1, groupId: 1, question: `how do I ${sentence(5)}?`, simQuestions: [sentence(4), sentence(6)], keywords: [] }));
const asks = Array.from({ length: queries }, () => sentence(4));

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function time(run: (q: string) => unknown): number[] {
  return asks.map((q) => {
    const start = performance.now();
    run(q);
    return performance.now() - start;
  });
}

const buildStart = performance.now();
const index = new FaqIndex(docs);
const buildMs = performance.now() - buildStart;
const bm25 = time((q) => index.search(q, { limit: 6 }));
const words = docs.map((d) => d.question.toLowerCase());
const baseline = time((q) => {
  const first = q.split(' ')[0]!;
  return words.filter((w) => w.includes(first)).slice(0, 6);
});

const intents = Array.from({ length: 200 }, (_, i) => ({ intentCmd: `intent${i}`, utterances: Array.from({ length: 10 }, () => sentence(5)) }));
const trainStart = performance.now();
const classifier = new IntentClassifier(intents);
const trainMs = performance.now() - trainStart;
const classify = time((q) => classifier.classify(q));

const row = (name: string, samples: number[]) => `${name.padEnd(34)} p50 ${percentile(samples, 50).toFixed(3)} ms  p99 ${percentile(samples, 99).toFixed(3)} ms  ratio p99 ${(percentile(samples, 99) / percentile(baseline, 99)).toFixed(1)}×`;
process.stdout.write(
  [
    `FAQ index: ${faqCount} Q&As (${faqCount * 3} statements) built in ${buildMs.toFixed(0)} ms; ${queries} queries`,
    row('baseline: substring scan', baseline),
    row('BM25 FAQ match (top 6)', bm25),
    `intent model: 200 intents × 10 utterances trained in ${trainMs.toFixed(0)} ms`,
    row('TF-IDF intent classification', classify),
    '',
  ].join('\n'),
);
