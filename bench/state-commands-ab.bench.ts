// Benchmark (issue 8 item 1): the CPU a state command (saybusy/sayfree) costs in this tree against
// another tree (an earlier commit) in the same process, the two interleaved in blocks so that
// both see the same machine load. On the 2 shared cores the closed-loop HTTP figures of
// bench:http moved 2× between runs at a load average of 10–15; CPU per command measured side by
// side, block after block, moves far less. Each tree runs its own app (its own store, 10 signed-in
// agents, requests through Fastify's inject), so the figure is the server's path without the
// sockets. Make the other tree with
//   git archive <rev> src web package.json | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/
// Run: npx tsx bench/state-commands-ab.bench.ts --base /tmp/base [--block 500 --blocks 20]
//      [--store-base postgres://… --store-this postgres://…] (fresh databases). Never asserted in tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const option = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const baseRoot = option('base');
if (!baseRoot) throw new Error('--base <directory of the other tree> is required');
const block = Number(option('block') ?? 500);
const blocks = Number(option('blocks') ?? 20);
const agents = 10;
const thisRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function tree(root: string, store: string | undefined) {
  const { buildApp } = (await import(path.join(root, 'src/app/build-app.ts'))) as typeof import('../src/app/build-app.ts');
  const { parseConfig } = (await import(path.join(root, 'src/app/config.ts'))) as typeof import('../src/app/config.ts');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-ab-'));
  const args = ['--data-dir', dataDir, '--guid-mode', 'static', '--no-flow-control', '--log-level', 'silent', ...(store ? ['--store', store] : [])];
  const app = await buildApp({ config: parseConfig(args, {}) });
  await app.http.ready();
  const guids: string[] = [];
  for (let i = 0; i < agents; i++) {
    const res = await app.http.inject({ method: 'PUT', url: `/agentgateway/resource/onlineagent/${101 + i}`, payload: { password: 'Demo@123', phonenum: `70${101 + i}` } });
    guids.push(String(res.headers.guid));
  }
  const sent = new Array<number>(agents).fill(0);
  // Each agent is one connection in a closed loop; `commands` in all.
  const run = async (commands: number) => {
    let left = commands;
    await Promise.all(
      guids.map(async (guid, i) => {
        while (left-- > 0) {
          const url = `/agentgateway/resource/onlineagent/${101 + i}/${sent[i]!++ % 2 ? 'sayfree' : 'saybusy'}`;
          const res = await app.http.inject({ method: 'POST', url, headers: { guid } });
          if (!res.body.includes('"retcode":"0"')) throw new Error(`${url}: ${res.body}`);
        }
      }),
    );
  };
  const close = async () => {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { run, close, cpuMs: 0, wallMs: 0 };
}

const base = await tree(path.resolve(baseRoot), option('store-base'));
const current = await tree(thisRoot, option('store-this'));
// Warm-up: compile the hot paths of both before measuring.
await base.run(3_000);
await current.run(3_000);
for (let i = 0; i < blocks; i++) {
  for (const side of i % 2 ? [base, current] : [current, base]) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    await side.run(block);
    const used = process.cpuUsage(cpu);
    side.wallMs += performance.now() - started;
    side.cpuMs += (used.user + used.system) / 1000;
  }
}
const commands = block * blocks;
const figures = (side: typeof base) => ({ cpuMicrosPerCommand: +((side.cpuMs * 1000) / commands).toFixed(1), perSecond: Math.round(commands / (side.wallMs / 1000)) });
const report = {
  benchmark: 'state commands, CPU per command, this tree vs another tree in the same process',
  base: path.resolve(baseRoot),
  store: option('store-this') ? 'postgres' : 'sqlite file',
  commandsEach: commands,
  baseTree: figures(base),
  thisTree: figures(current),
  cpuRatioToBase: +(current.cpuMs / base.cpuMs).toFixed(3),
  loadAverage: os.loadavg().map((l) => +l.toFixed(2)),
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
await base.close();
await current.close();
