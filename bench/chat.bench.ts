// Benchmark (issue 12 Performance): 2,000 web chat customers against 100 agents at 4 chats each,
// through the tenant engine (no HTTP). Each served customer exchanges messages with its agent
// (customer send → AgentEvent_MessageData, agent sendmessage → customer poll) and leaves, which
// lets the next queued customer in. Reports messages/s, per-message latency p50/p99 for both
// directions, and the ratio of throughput against a same-process baseline (the same messages
// pushed and drained through plain arrays). Checks that no message is lost or duplicated.
// Run: npm run bench:chat [-- --customers 2000 --messages 5]. Never asserted in tests.
import { performance } from 'node:perf_hooks';
import { parseChatSettings } from '../src/domain/chat/index.ts';
import { createRng } from '../src/domain/time/index.ts';
import type { CecEvent } from '../src/domain/events/index.ts';
import { agentSendsMessage, customerSends, findSession, signIn, takeDownlink, TenantEngine, type AgentConfig, type EngineOutput, type SkillConfig } from '../src/engine/index.ts';
import { VirtualClock } from '../src/sim/virtual-clock.ts';
import { SimSwitch } from '../src/telephony/sim/index.ts';
import { median } from './support/load.ts';

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const customers = flag('customers', 2_000);
const messagesEach = flag('messages', 5);
const agents = 100;
const chatsEach = 4;
const channelId = 'bench-channel';

const release = { transferType: 'Release' as const };
const skill: SkillConfig = { skillId: 2, name: 'Chat', mediaTypeId: 53, maxWaitTimeSeconds: 0, maxWaitNum: 100_000, maxAgentWrapupTimeSeconds: 0, noAgents: release, busy: release, timeOut: release };
const agentConfig = (workNo: number): AgentConfig => ({ workNo, userName: `A${workNo}`, ctiPassword: 'pw', sipAccount: `70${workNo}`, agentType: 99, ccRoleId: 2, skills: [{ skillId: 2, agentWeight: 1, skillWeight: 1 }], isForceChange: false, lockedUntilMs: null });

/** Counts what the engine says; remembers the message events per agent for the checks. */
const messageEvents = new Map<string, number>();
const output: EngineOutput = {
  agentEvent(_workNo: number, event: CecEvent) {
    if (event.eventType === 'AgentEvent_MessageData') {
      const text = (event.content as { message: string }).message;
      messageEvents.set(text, (messageEvents.get(text) ?? 0) + 1);
    }
  },
  sessionOpened() {},
  sessionClosed() {},
  clearAgentEvents() {},
  cdr() {},
  recording() {},
  agentOperation() {},
  satisfaction() {},
  chatMessage() {},
  fact() {},
};

const clock = new VirtualClock(Date.UTC(2026, 0, 5, 8));
let seq = 0;
const engine = new TenantEngine({
  vdnId: 1,
  config: {
    vdnId: 1,
    name: 'bench',
    defaultCallerNumber: '4001',
    agents: new Map(Array.from({ length: agents }, (_, i) => [101 + i, agentConfig(101 + i)])),
    skills: new Map([[2, skill]]),
    routes: [{ accessCode: '4003', extCode: '', deviceType: 1, deviceId: 2, mediaTypeId: 53 }],
    ivrFlows: new Map(),
    satisfaction: { enabled: false, flowId: null },
    phoneRanges: [],
    chat: parseChatSettings({ maxChatsPerAgent: chatsEach, sessionIdleSeconds: 86_400, channels: [{ channelConfigId: channelId, skillId: 2 }] }),
  },
  clock,
  rng: createRng(1),
  output,
  telephony: new SimSwitch(),
  ids: { callId: (nowMs) => `${Math.floor(nowMs / 1000)}-${++seq}`, next: () => ++seq, guid: () => `g-${++seq}` },
  settings: { serverName: 'AgentGateway1', guidMode: 'static', guidIntervalMs: 60_000, guidTimeoutMs: 120_000, sessionIdleMsMax: 86_400_000, ringTimeoutMs: 15_000, signedInAgentsMax: 10_000 },
});
const options = { phonenum: '', autoAnswer: true, autoEnterIdle: true, releasePhone: true, agentType: 4, ip: '', checkInWebm: false, eventMode: 'internal' as const, callbackUri: null, serviceToken: null, listenStatus: false, ctiOnly: false };
for (let i = 0; i < agents; i++) engine.run(() => signIn(engine, { workNo: 101 + i, password: 'pw', mode: 'login', status: 4, options }));

const toAgentMs: number[] = [];
const toCustomerMs: number[] = [];
let delivered = 0;
let duplicates = 0;
const started = performance.now();
for (let i = 0; i < customers; i++) engine.run(() => customerSends(engine, { channelId, userId: `c${i}`, controlType: 'CONNECT', mediaType: 'TEXT' }));
// Rounds: every customer with an agent exchanges its messages and leaves; queued ones move up.
const done = new Set<number>();
for (let round = 0; done.size < customers && round < customers; round++) {
  for (let i = 0; i < customers; i++) {
    if (done.has(i)) continue;
    const session = findSession(engine, channelId, `c${i}`)!;
    if (session.state !== 'agent') continue;
    takeDownlink(engine, channelId, `c${i}`, false);
    for (let m = 0; m < messagesEach; m++) {
      const up = `c${i}-up-${m}`;
      let t = performance.now();
      engine.run(() => customerSends(engine, { channelId, userId: `c${i}`, controlType: 'CHAT', mediaType: 'TEXT', content: up }));
      toAgentMs.push(performance.now() - t);
      const down = `c${i}-down-${m}`;
      t = performance.now();
      engine.run(() => agentSendsMessage(engine, session.workNo!, session.callId!, { mediaType: 'TEXT', content: down }));
      const polled = engine.run(() => takeDownlink(engine, channelId, `c${i}`, false));
      toCustomerMs.push(performance.now() - t);
      const mine = polled.filter((p) => p.content === down).length;
      delivered += mine === 1 ? 1 : 0;
      duplicates += Math.max(0, mine - 1);
    }
    engine.run(() => customerSends(engine, { channelId, userId: `c${i}`, controlType: 'DISCONNECT', mediaType: 'TEXT' }));
    done.add(i);
  }
}
const wallMs = performance.now() - started;
const sent = customers * messagesEach;
const toAgentOnce = [...messageEvents.values()].filter((n) => n === 1).length;
const lost = sent * 2 - toAgentOnce - delivered;

// Baseline: the same number of messages through arrays, same process, same shape of loop.
const baseStart = performance.now();
const box: string[] = [];
let sink = 0;
for (let i = 0; i < sent * 2; i++) {
  box.push(`m${i}`);
  if (box.length > 8) sink += box.splice(0).length;
}
sink += box.length;
const baseMs = performance.now() - baseStart;

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;
const rate = (sent * 2) / (wallMs / 1000);
process.stdout.write(
  `chat: ${customers} customers, ${agents} agents x ${chatsEach} chats, ${sent * 2} messages in ${wallMs.toFixed(0)} ms = ${rate.toFixed(0)} messages/s\n` +
    `  customer send -> agent event: p50 ${(pct(toAgentMs, 50) * 1000).toFixed(1)} us, p99 ${(pct(toAgentMs, 99) * 1000).toFixed(1)} us (median ${(median(toAgentMs) * 1000).toFixed(1)} us)\n` +
    `  agent send -> customer poll: p50 ${(pct(toCustomerMs, 50) * 1000).toFixed(1)} us, p99 ${(pct(toCustomerMs, 99) * 1000).toFixed(1)} us\n` +
    `  lost ${lost}, duplicated ${duplicates + [...messageEvents.values()].filter((n) => n > 1).length}; served ${done.size}/${customers}\n` +
    `  baseline (array push/drain of the same messages): ${baseMs.toFixed(1)} ms; engine/baseline time ratio ${(wallMs / Math.max(baseMs, 0.001)).toFixed(0)}x (sink ${sink})\n`,
);
