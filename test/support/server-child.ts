// A server in a child process, for the HTTP benchmarks (the load generator must not share its
// event loop) and the crash test (it is SIGKILLed): `bare` is a bare Fastify 5 route (the
// benchmarks' baseline), `opencec` the whole server on a SQLite file in the data directory (or
// on the store URL given). Reports its port to the parent over IPC.
import Fastify from 'fastify';
import { buildApp } from '../../src/app/build-app.ts';
import { parseConfig } from '../../src/app/config.ts';

const [kind = 'bare', dataDir = '/tmp/opencec-bench', storeUrl] = process.argv.slice(2);

let flushStats: (() => unknown) | undefined;

async function listen(): Promise<number> {
  if (kind === 'bare') {
    const app = Fastify({ logger: false });
    const reply = { message: 'success', retcode: '0', result: {} };
    app.get('/bare', async () => reply);
    app.post('/bare', async () => reply);
    await app.listen({ port: 0, host: '127.0.0.1' });
    return (app.server.address() as { port: number }).port;
  }
  // Static GUIDs and no query flow control: the benchmark measures the server, not its throttles.
  const args = ['--data-dir', dataDir, '--guid-mode', 'static', '--no-flow-control', '--host', '127.0.0.1'];
  if (storeUrl) args.push('--store', storeUrl);
  const config = parseConfig(args, {});
  const app = await buildApp({ config });
  await app.http.listen({ port: 0, host: '127.0.0.1' });
  flushStats = app.services.store.flushStats;
  process.on('disconnect', () => void app.close().then(() => process.exit(0)));
  return (app.http.server.address() as { port: number }).port;
}

const port = await listen();
process.send?.({ port });
// The benchmarks ask for the server's own CPU time around a run: far less sensitive to a loaded
// machine than a wall-clock ratio.
process.on('message', (message) => {
  if ((message as { cpu?: boolean }).cpu) process.send?.({ cpuUsage: process.cpuUsage(), flushStats: flushStats?.() });
});
process.on('disconnect', () => setTimeout(() => process.exit(0), 2_000).unref());
