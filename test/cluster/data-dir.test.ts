// Goal: a real cluster node whose data directory is not the cluster's refuses to start with a
// clear message (decision 1733), while nodes that share it run. Method: one node of a test cluster
// (test/support/cluster.ts, which gives its nodes one shared data directory) marks the directory;
// a second `opencec start` on the same store with a private, empty data directory must exit
// with code 2 and say which identity its directory lacks. Bounded waits; skipped without
// OPENCEC_TEST_PG_URL and OPENCEC_TEST_REDIS_URL.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterEnabled, clusterSkipReason, redisUrl, startCluster, type TestCluster } from '../support/cluster.ts';

const bin = fileURLToPath(new URL('../../bin/opencec.js', import.meta.url));

if (!clusterEnabled) console.warn(`skipping test/cluster/data-dir.test.ts: ${clusterSkipReason}`);

describe.skipIf(!clusterEnabled)('cluster: the shared data directory', () => {
  let cluster: TestCluster;
  const privateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-private-'));
  beforeAll(async () => {
    cluster = await startCluster({ nodes: 1, ttlMs: 2_000 });
  }, 120_000);
  afterAll(async () => {
    await cluster?.close();
    fs.rmSync(privateDir, { recursive: true, force: true });
  }, 60_000);

  it('refuses a node whose data directory does not carry the store’s identity', { timeout: 90_000 }, async () => {
    const [identity] = await cluster.query<{ identity: string }>('select identity from store_identity');
    expect(identity?.identity).toMatch(/^[0-9a-f-]{36}$/);
    const child = spawn(process.execPath, [bin, 'start', '--store', cluster.storeUrl, '--bus', redisUrl!, '--bus-prefix', `ocdd${process.pid}:`, '--node-id', '9', '--port', '0', '--host', '127.0.0.1', '--data-dir', privateDir, '--log-level', 'warn'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      child.once('exit', (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    expect(code, stderr).toBe(2);
    expect(stderr).toContain(`the data directory ${privateDir} is not this cluster's`);
    expect(stderr).toContain(identity!.identity);
    expect(fs.readdirSync(privateDir)).toEqual([]);
    // The running node was not disturbed.
    expect((await fetch(`${cluster.nodes[0]!.url}/health`)).ok).toBe(true);
  });
});
