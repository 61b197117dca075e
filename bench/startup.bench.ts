// Benchmark (issue 8, item 4): wall time from spawning `opencec start` to its first HTTP answer,
// on an empty data directory (first start: migrations, demo tenant) and on a restart, beside a
// bare Fastify 5 process measured in the same run (median of repeats, as ratios too). Runs
// bin/opencec.js as a user would: the compiled dist/ when it is fresh, the TypeScript sources
// otherwise (`npm run build` makes dist/). Run: npm run bench:startup [-- --rounds 5].
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { median } from './support/load.ts';

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const rounds = flag('rounds', 5);
const root = fileURLToPath(new URL('..', import.meta.url));
const bareServer = `import Fastify from 'fastify';
const app = Fastify();
app.get('/', async () => ({ ok: true }));
await app.listen({ port: Number(process.argv[1]), host: '127.0.0.1' });`;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Milliseconds from spawning `args` until `GET /` on `port` gets any HTTP answer. */
async function timeToFirstAnswer(args: string[], port: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
      try {
        await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1_000) });
        return performance.now() - started;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
  }
}

const bare: number[] = [];
const first: number[] = [];
const restart: number[] = [];
for (let round = 0; round < rounds; round++) {
  const barePort = await freePort();
  bare.push(await timeToFirstAnswer(['--input-type=module', '-e', bareServer, String(barePort)], barePort));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-startup-'));
  const start = async () => {
    const port = await freePort();
    return timeToFirstAnswer(['bin/opencec.js', 'start', '--port', String(port), '--host', '127.0.0.1', '--data-dir', dataDir, '--log-level', 'warn'], port);
  };
  first.push(await start());
  restart.push(await start());
  fs.rmSync(dataDir, { recursive: true, force: true });
}
const ms = (values: number[]) => Math.round(median(values));
const report = {
  benchmark: 'start to first answer',
  compiled: fs.existsSync(path.join(root, 'dist', '.built')),
  rounds,
  loadAverage: os.loadavg().map((l) => +l.toFixed(2)),
  bareFastifyMs: ms(bare),
  firstStartMs: ms(first),
  restartMs: ms(restart),
  firstStartInBareUnits: +(median(first) / median(bare)).toFixed(1),
  restartInBareUnits: +(median(restart) / median(bare)).toFixed(1),
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
