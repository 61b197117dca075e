// Benchmark: knowledge-base keyword search (§9.2.3, decision 0900) over ~5,000 entries in English
// and Chinese: queries per second of the ranked full-text search (MiniSearch index, CJK bigrams,
// then the page's rows read from the store), beside a same-process baseline that scans every
// entry's text for each query term (what a `LIKE '%term%'` search does, without ranking). Also
// the index build time and the p99 latency. Run: npx tsx bench/knowledge-search.bench.ts [entries] [seconds].
import { performance } from 'node:perf_hooks';
import { SnowflakeIds } from '../src/domain/ids/index.ts';
import { createRng } from '../src/domain/time/index.ts';
import type { KnowledgeNodeInput } from '../src/domain/knowledge/index.ts';
import { KnowledgeBase } from '../src/services/knowledge/index.ts';
import { createRepositories, openStore } from '../src/store/index.ts';
import type { Clock } from '../src/domain/time/index.ts';

const entries = Number(process.argv[2] ?? 5_000);
const seconds = Math.min(Number(process.argv[3] ?? 3), 20);
const rng = createRng(42);
const pick = <T>(list: readonly T[]): T => list[rng.int(0, list.length - 1)]!;
/** Word ranks follow Zipf's law, as in natural text: a few words are everywhere, most are rare. */
const zipf = <T>(list: readonly T[]): T => list[Math.min(list.length - 1, Math.floor(Math.exp(rng.next() * Math.log(list.length + 1))) - 1)]!;
const syllables = 'ka ri mo ten sal vor pex lin dra qua mel tor nis fa bel cor dun pri sto ver'.split(' ');

const domainWords = 'account balance card credit debit loan mortgage interest transfer wire swift fee roaming data package broadband fibre installation router modem invoice bill payment refund limit freeze stolen lost replacement pin password branch hotline app mobile sms voicemail contract upgrade tariff prepaid postpaid recharge voucher network signal outage coverage'.split(' ');
// Domain words first (the frequent ones), then 4,000 rarer coined words: a vocabulary of real size.
const english = [...domainWords, ...Array.from({ length: 4_000 }, (_, i) => `${syllables[i % 20]}${syllables[Math.floor(i / 20) % 20]}${syllables[Math.floor(i / 400) % 20]}`)];
const chineseDomain = ['信用卡', '挂失', '补卡', '转账', '手续费', '贷款', '利息', '余额', '话费', '充值', '流量', '套餐', '宽带', '安装', '路由器', '账单', '退款', '密码', '营业厅', '信号', '漫游', '合约', '升级', '国际'];
// Domain phrases first, then 3,000 rarer two-character words.
const hanzi = Array.from('的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严');
const chinese = [...chineseDomain, ...Array.from({ length: 3_000 }, (_, i) => `${hanzi[i % hanzi.length]}${hanzi[(i * 7 + 3) % hanzi.length]}`)];
/** Words as text has them: English separated by spaces, Chinese phrases run together; some product codes widen the vocabulary. */
function sentence(n: number): string {
  let text = '';
  let lastChinese = false;
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    const chineseWord = r < 0.3;
    const word = chineseWord ? zipf(chinese) : r < 0.35 ? `plan${rng.int(1, 5000)}` : zipf(english);
    text += (chineseWord && lastChinese) || i === 0 ? word : ` ${word}`;
    lastChinese = chineseWord;
  }
  return text;
}

// 50 categories of 100 entries.
const tree: KnowledgeNodeInput[] = [];
for (let c = 0; c < Math.ceil(entries / 100); c++) {
  const children: KnowledgeNodeInput[] = [];
  for (let e = 0; e < 100 && c * 100 + e < entries; e++) {
    children.push({ name: sentence(4), kind: rng.next() < 0.3 ? 'qa' : 'common', keyword: sentence(3), summary: sentence(10), content: `<p>${sentence(60)}</p><p>${sentence(40)}</p>` });
  }
  tree.push({ name: `Category ${c} ${pick(english)}`, kind: 'category', children });
}

const store = await openStore({ url: 'sqlite::memory:' });
const repos = createRepositories(store.db);
const clock = { now: () => Date.UTC(2026, 0, 5), at: () => 0, cancel: () => undefined } as unknown as Clock;
const knowledge = new KnowledgeBase({ store, repos, clock, ids: new SnowflakeIds(clock, 1) });
const imported = await knowledge.importTree(1, '1', { mode: 'replace', tree });
if (!imported.ok) throw new Error(imported.message);

// Two query sets: words drawn as text has them (often a word most entries contain), and the
// specific words a customer's question usually carries (rank 500 or rarer, or a product code).
const commonQueries = Array.from({ length: 500 }, () => sentence(rng.int(1, 3)));
const rareWord = () => (rng.next() < 0.2 ? chinese[rng.int(200, chinese.length - 1)]! : rng.next() < 0.3 ? `plan${rng.int(1, 5000)}` : english[rng.int(500, english.length - 1)]!);
const specificQueries = Array.from({ length: 500 }, () => Array.from({ length: rng.int(1, 3) }, rareWord).join(' '));
const buildStarted = performance.now();
await knowledge.find(1, 'warm up');
const buildMs = performance.now() - buildStarted;

// The baselines: every entry's text in memory, scanned for the query's terms. The ranked scan does
// the same job as the index without one (count each term's occurrences, best 10 first); the
// unranked one only tells whether any term occurs (a `LIKE '%term%'` filter), a lower bound.
const rows = await repos.knowledge.listIndexRows(1);
const texts = rows.map((r) => `${r.name} ${r.keyword} ${r.summaryInfo} ${r.contentText}`.toLowerCase());
const termsOf = (query: string) => query.toLowerCase().split(/\s+/).filter(Boolean);
function anyTermScan(query: string): number {
  const terms = termsOf(query);
  let hits = 0;
  for (const text of texts) if (terms.some((t) => text.includes(t))) hits++;
  return hits;
}
function rankedScan(query: string): number[] {
  const terms = termsOf(query);
  const scored: Array<[number, number]> = [];
  texts.forEach((text, i) => {
    let score = 0;
    for (const term of terms) for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) score++;
    if (score > 0) scored.push([score, i]);
  });
  return scored.sort((a, b) => b[0] - a[0]).slice(0, 10).map(([, i]) => i);
}

async function measure(queries: readonly string[], run: (query: string) => unknown): Promise<{ qps: number; p99Ms: number }> {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  let i = 0;
  while (performance.now() < until) {
    const t = performance.now();
    await run(queries[i++ % queries.length]!);
    latencies.push(performance.now() - t);
  }
  latencies.sort((a, b) => a - b);
  return { qps: latencies.length / seconds, p99Ms: latencies[Math.floor(latencies.length * 0.99)] ?? 0 };
}

const line = (label: string, m: { qps: number; p99Ms: number }) => `${label.padEnd(22)}${m.qps.toFixed(0).padStart(6)} queries/s, p99 ${m.p99Ms.toFixed(2)} ms`;
console.log(`knowledge search over ${rows.length} nodes (${entries} entries), ${seconds} s per line; index build ${buildMs.toFixed(0)} ms`);
for (const [name, queries] of [['specific words', specificQueries], ['common words', commonQueries]] as const) {
  const indexed = await measure(queries, (q) => knowledge.search(1, { keyword: q }, { offset: 0, limit: 10 }));
  const ranked = await measure(queries, rankedScan);
  const unranked = await measure(queries, anyTermScan);
  console.log(`${name}:`);
  console.log(line('  indexed, ranked', indexed) + ' (BM25, page of 10 read from the store)');
  console.log(line('  scan, ranked', ranked) + ' (baseline: count occurrences, best 10)');
  console.log(line('  scan, any term', unranked) + ' (LIKE-style filter, no ranking)');
  console.log(`  ratio ${(indexed.qps / ranked.qps).toFixed(2)}× the ranked scan, ${(indexed.qps / unranked.qps).toFixed(2)}× the unranked scan`);
}
await store.close();
