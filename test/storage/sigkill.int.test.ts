// Goal (issue 8): "durable before the reply" survives group commit. Method: a server in a child
// process under state-change load (saybusy/sayfree from several agents at once) is SIGKILLed with
// commands in flight; the store, opened again, must hold the operation record of every command
// that was acknowledged. Each acknowledged command closes the agent's previous work state, which
// the journal (12.3.8) writes as one row, so an agent's rows must be at least its acknowledged
// commands (commands in flight at the kill may or may not have landed).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepositories, openStore } from '../../src/store/index.ts';
import { createPgDatabase, dialects } from '../support/postgres.ts';
import { spawnServer, type ServerProcess } from '../support/server-process.ts';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const workNos = [101, 102, 103, 104, 105];
/** Acknowledged commands per agent before the kill: enough for many group commits. */
const acknowledgedBeforeKill = 150;

async function storeFor(dialect: 'sqlite' | 'postgres'): Promise<{ dataDir: string; url: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-sigkill-'));
  cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  if (dialect === 'sqlite') return { dataDir, url: path.join(dataDir, 'opencec.db') };
  const db = await createPgDatabase();
  cleanups.push(() => db.drop());
  return { dataDir, url: db.url };
}

async function signIn(server: ServerProcess, workNo: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${server.port}/agentgateway/resource/onlineagent/${workNo}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ password: 'Demo@123', phonenum: `70${workNo}` }),
  });
  const body = (await res.json()) as { retcode: string };
  expect(body.retcode).toBe('0');
  return res.headers.get('guid') ?? '';
}

/** Alternates saybusy and sayfree until stopped; counts the commands the server acknowledged. */
async function stateChanges(server: ServerProcess, workNo: number, guid: string, acknowledged: Map<number, number>, stop: { now: boolean }): Promise<void> {
  for (let n = 0; !stop.now; n++) {
    const command = n % 2 === 0 ? 'saybusy' : 'sayfree';
    try {
      const res = await fetch(`http://127.0.0.1:${server.port}/agentgateway/resource/onlineagent/${workNo}/${command}`, { method: 'POST', headers: { guid } });
      const body = (await res.json()) as { retcode: string };
      if (body.retcode !== '0') throw new Error(`${command} of ${workNo}: ${JSON.stringify(body)}`);
      acknowledged.set(workNo, (acknowledged.get(workNo) ?? 0) + 1);
    } catch (error) {
      if (stop.now) return; // the kill cut this one off: not acknowledged
      throw error;
    }
  }
}

describe('a SIGKILL under state-change load', () => {
  for (const { name, enabled } of dialects) {
    it.skipIf(!enabled)(`loses no acknowledged operation record (${name})`, { timeout: 180_000 }, async () => {
      const { dataDir, url } = await storeFor(name);
      const server = await spawnServer('opencec', dataDir, [], url);
      cleanups.push(() => server.kill());
      const guids = await Promise.all(workNos.map((w) => signIn(server, w)));
      const acknowledged = new Map<number, number>();
      const stop = { now: false };
      const loads = workNos.map((w, i) => stateChanges(server, w, guids[i]!, acknowledged, stop));
      while (Math.min(...workNos.map((w) => acknowledged.get(w) ?? 0)) < acknowledgedBeforeKill) {
        await new Promise((resolve) => setImmediate(resolve));
      }
      stop.now = true;
      const counted = new Map(acknowledged);
      await server.kill();
      await Promise.all(loads);

      const store = await openStore({ url });
      try {
        const repos = createRepositories(store.db);
        for (const workNo of workNos) {
          const rows = await repos.ctiRecords.operationsOfAgent(1, String(workNo), 0, Number.MAX_SAFE_INTEGER);
          expect(rows.length, `agent ${workNo}`).toBeGreaterThanOrEqual(counted.get(workNo)!);
        }
      } finally {
        await store.close();
      }
    });
  }
});
