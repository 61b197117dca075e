// Benchmark (issue 13, "Performance"): dialog turns per second with 1,000 concurrent sessions of
// the demo bank bot (4002), through the dialog service as the IVR and chat bridges drive it (turn
// lock, local NLU, state written through to an in-memory SQLite store, records). Baseline in the
// same run: the same turns through the pure dialog machine alone (no store, no NLU: the recognition
// result is fed in), i.e. the cost floor of the flow logic. Each session: init, an FAQ question,
// an unknown sentence, a goodbye. Run: npx tsx bench/oiap-dialog.bench.ts [-- --sessions 1000].
// Never asserted in tests.
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/app/build-app.ts';
import { parseConfig } from '../src/app/config.ts';
import { newDialogState, step, type DialogState, type FlowDefinition } from '../src/domain/chatbot/index.ts';
import { VirtualClock } from '../src/sim/virtual-clock.ts';
import { demoChatbot } from '../src/tenancy/demo-chatbot.ts';

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const sessions = flag('sessions', 1_000);
const said = ['when are you open', 'the weather on mars', 'goodbye'];

async function serviceRun(): Promise<{ turns: number; ms: number }> {
  const app = await buildApp({ config: parseConfig(['--store', 'sqlite::memory:', '--data-dir', '/tmp/opencec-bench-dialog'], {}), clock: new VirtualClock(Date.UTC(2026, 0, 5, 8)), logger: false, passwordCostN: 1024 });
  const dialog = app.services.chatbot.dialog;
  const ids = Array.from({ length: sessions }, (_, i) => `bench-${i}`);
  const start = performance.now();
  // Every round sends one turn of each of the sessions at once: 1,000 sessions are live together.
  await Promise.all(ids.map((userid, i) => dialog.process(1, { userid, inaction: 8, inparams: { call_sor_id: `1380000${String(i).padStart(4, '0')}`, call_dst_id: '4002' } })));
  for (const input of said) await Promise.all(ids.map((userid) => dialog.process(1, { userid, inaction: 9, inparams: { flow_result_type: '1', input } })));
  const ms = performance.now() - start;
  await app.close();
  return { turns: sessions * (1 + said.length), ms };
}

function machineRun(): { turns: number; ms: number } {
  const flow = demoChatbot().flows![0]!.definition as FlowDefinition;
  const start = performance.now();
  let turns = 0;
  const states: DialogState[] = [];
  for (let i = 0; i < sessions; i++) {
    states.push(step(flow, newDialogState(flow, { call_id: `m-${i}` }, false), { kind: 'start' }).state);
    turns += 1;
  }
  for (const input of said) {
    for (let i = 0; i < sessions; i++) {
      let result = step(flow, states[i]!, { kind: 'input', resultType: 1, input, ext: {} });
      // The recognition the service would compute, given as a fixed answer per sentence.
      if (result.kind === 'effect') {
        const nlu = input === 'goodbye' ? { kind: 'intent' as const, name: 'goodbye', label: 'Goodbye', confidence: 0.9, answer: 'Goodbye.', slots: {} } : input.startsWith('when') ? { kind: 'faq' as const, name: '1', label: 'What are your opening hours?', confidence: 0.9, answer: 'Open 9 to 5.', slots: {} } : { kind: 'unknown' as const, confidence: 0, slots: {} };
        result = step(flow, result.state, { kind: 'nluResult', result: nlu as never });
      }
      states[i] = result.state;
      turns += 1;
    }
  }
  return { turns, ms: performance.now() - start };
}

const baseline = machineRun();
const service = await serviceRun();
const rate = (r: { turns: number; ms: number }) => Math.round((r.turns / r.ms) * 1000);
console.log(JSON.stringify({ sessions, turnsPerSession: 1 + said.length, baselineMachine: { turns: baseline.turns, ms: Math.round(baseline.ms), turnsPerSecond: rate(baseline) }, dialogService: { turns: service.turns, ms: Math.round(service.ms), turnsPerSecond: rate(service) }, serviceToBaseline: (rate(baseline) / rate(service)).toFixed(1) }, null, 2));
