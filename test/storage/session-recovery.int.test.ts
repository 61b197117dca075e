// Goal: agent sessions cut by a crash end in the operation journal exactly as a graceful stop ends
// them, and sign-in serial numbers (logon_sn) never repeat across starts (decision 0508, issue 7
// item 10). Method: the real server in a child process on a virtual clock and a store (SQLite
// file, and PostgreSQL when OPENCEC_TEST_PG_URL is set); the same agents do the same things, then
// the process is stopped with SIGTERM (graceful) or SIGKILL (crash); the store is opened again by
// a new server, and the journals are compared.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dialects, durableStoreUrl } from '../support/postgres.ts';
import { createTestApp } from '../support/test-app.ts';
import { GatewayAgent } from '../support/gateway-client.ts';
import type { AgentOperationRow } from '../../src/store/index.ts';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const cli = path.resolve(import.meta.dirname, '../../bin/opencec.js');

const storeUrl = (dialect: 'sqlite' | 'postgres') => durableStoreUrl(dialect, cleanups, 'opencec-sessions-');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Runs the server in a child process, lets `work` talk to it, then stops it with `signal`. */
async function runServer(store: string, signal: 'SIGTERM' | 'SIGKILL', work: (base: string) => Promise<void>): Promise<void> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-sessions-data-'));
  cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const child = spawn(process.execPath, [cli, 'start', '--host', '127.0.0.1', '--port', String(port), '--store', store, '--clock', 'virtual', '--data-dir', dataDir, '--log-level', 'error'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; ; i++) {
      if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
      const up = await fetch(`${base}/sim/v1/clock`).then((r) => r.ok, () => false);
      if (up) break;
      if (i > 600) throw new Error('server did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
    await work(base);
  } finally {
    child.kill(signal);
    await exited;
  }
}

async function call(base: string, method: string, url: string, options: { body?: unknown; guid?: string } = {}) {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: { 'content-type': 'application/json', ...(options.guid ? { guid: options.guid } : {}) },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const body = (await res.json()) as { retcode?: string };
  return { body, guid: res.headers.get('guid') ?? '' };
}

/** Three agents: 101 busy for a while, 102 idle, 103 signed in and out again. */
async function dayOfWork(base: string): Promise<void> {
  const signIn = async (workNo: number) => {
    const res = await call(base, 'PUT', `/agentgateway/resource/onlineagent/${workNo}`, { body: { password: 'Demo@123', phonenum: `70${workNo}` } });
    expect(res.body.retcode).toBe('0');
    return res.guid;
  };
  const advance = (ms: number) => call(base, 'POST', '/sim/v1/clock/advance', { body: { ms } });
  const ann = await signIn(101);
  await signIn(102);
  const cid = await signIn(103);
  await advance(20_000);
  expect((await call(base, 'DELETE', '/agentgateway/resource/onlineagent/103/logout', { guid: cid })).body.retcode).toBe('0');
  await advance(10_000);
  expect((await call(base, 'POST', '/agentgateway/resource/onlineagent/101/saybusy', { guid: ann })).body.retcode).toBe('0');
}

/**
 * The journal without row ids, in time order. Rows of one instant are ordered as the engine wrote
 * them (a sign-in before its first period, a sign-out last): ids, which the store would order them
 * by, come from whichever process wrote the row.
 */
const journalOf = (rows: AgentOperationRow[]) =>
  rows
    .map(({ id: _id, ...row }) => row)
    .sort((a, b) => a.beginMs - b.beginMs || a.endMs - b.endMs || Number(a.opType === 0) - Number(b.opType === 0));

async function afterRestart(store: string) {
  const app = await createTestApp({ storeUrl: store });
  cleanups.push(() => app.close());
  const repos = app.services.repos;
  const journal = async (workNo: number) => journalOf(await repos.ctiRecords.operationsOfAgent(1, String(workNo), 0, Number.MAX_SAFE_INTEGER));
  return { app, journals: { 101: await journal(101), 102: await journal(102), 103: await journal(103) }, sessions: await repos.agentSessions.list() };
}

describe.each(dialects)('agent sessions across a crash ($name)', ({ name, enabled }) => {
  it.skipIf(!enabled)('writes the closing periods and sign-outs of a graceful stop, at the last durable activity', { timeout: 600_000 }, async () => {
    const graceful = await storeUrl(name);
    const crashed = await storeUrl(name);
    await runServer(graceful, 'SIGTERM', dayOfWork);
    await runServer(crashed, 'SIGKILL', dayOfWork);

    const expected = await afterRestart(graceful);
    const recovered = await afterRestart(crashed);
    expect(recovered.sessions).toEqual([]);
    expect(recovered.journals).toEqual(expected.journals);
    // 101: sign-in, idle 30 s, busy until the stop, sign-out; 102: sign-in, idle, sign-out.
    const start = expected.journals[101][0]!.beginMs;
    expect(recovered.journals[101].map((r) => [r.opType, r.beginMs - start, r.endMs - start, r.logonSn])).toEqual([
      [1, 0, 0, '1'],
      [2, 0, 30_000, '1'],
      [3, 30_000, 30_000, '1'],
      [0, 30_000, 30_000, '1'],
    ]);
    expect(recovered.journals[102].map((r) => [r.opType, r.opCause, r.endMs - start])).toEqual([
      [1, -1, 0],
      [2, -1, 30_000],
      [0, 258, 30_000],
    ]);
    expect(recovered.journals[103].at(-1)).toMatchObject({ opType: 0, logonSn: '3' });

    // logon_sn continues from the store: the next sessions are 4 and 5, after either stop.
    for (const { app } of [expected, recovered]) {
      // The restarted server's virtual clock starts where the first one did: move past the stop.
      app.clock.advance(60_000);
      await GatewayAgent.signIn(app, 101);
      await GatewayAgent.signIn(app, 102);
      await app.services.cti.records.flushed();
      const signIns = await app.services.repos.ctiRecords.operationsOfAgent(1, '101', 0, Number.MAX_SAFE_INTEGER);
      expect(signIns.filter((r) => r.opType === 1).map((r) => r.logonSn)).toEqual(['1', '4']);
      expect((await app.services.repos.agentSessions.list()).map((s) => [s.workNo, s.logonSn, s.opType])).toEqual([
        [101, '4', 2],
        [102, '5', 2],
      ]);
    }
  });
});
