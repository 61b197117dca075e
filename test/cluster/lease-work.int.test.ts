// Goal: with real leases (decision 1700), a VDN's campaigns follow the VDN's lease (decision 1730,
// issue 17 gap 1): they run on the node holding the VDN's lease, whichever node holds lease 0, and
// when the owner stops, the node that takes the lease starts dialling them.
// Method: two in-process apps with `--bus` on one fresh PostgreSQL database and the test Redis
// (private key prefix), lease TTL 1 s. Node 2 starts alone and takes every lease; a campaign is
// created on it; node 1 joins, and node 2 hands it the idle VDN 1 (VDN 1's rendezvous prefers
// node 1, lease 0's node 2, and lease 0 is never handed over), so VDN 1 and lease 0 sit on
// different nodes; then node 1 stops gracefully (releasing its leases). Bounded waits (15 s). Skipped without OPENCEC_TEST_PG_URL and OPENCEC_TEST_REDIS_URL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isales, v1, v1Campaign } from '../../src/api/outbound/isales-client.test-support.ts';
import { createPgDatabase } from '../support/postgres.ts';
import { clusterEnabled, clusterSkipReason, eventually, redisUrl } from '../support/cluster.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

if (!clusterEnabled) console.warn(`test/cluster/lease-work: ${clusterSkipReason}, skipping`);

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
}, 60_000);

// The nodes of a cluster share one data directory (decision 1733).
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-lease-work-'));
cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));

async function node(storeUrl: string, prefix: string, nodeId: number): Promise<TestApp> {
  const app = await createTestApp({ storeUrl, args: ['--data-dir', dataDir, '--bus', redisUrl!, '--bus-prefix', prefix, '--node-id', String(nodeId), '--lease-ttl-ms', '1000', '--advertise-url', `http://127.0.0.1:${9 + nodeId}`] });
  let closed = false;
  const close = app.close.bind(app);
  app.close = async () => {
    if (!closed) await close();
    closed = true;
  };
  cleanups.push(() => app.close());
  return app;
}

const ownerOf = async (app: TestApp, vdnId: number) => (await app.services.repos.vdnLeases.read(vdnId))?.ownerNode;

describe.skipIf(!clusterEnabled)('campaigns follow their VDN’s lease', () => {
  it('runs a campaign on the VDN’s owner, and on the next owner once the first stops', { timeout: 90_000 }, async () => {
    const database = await createPgDatabase();
    cleanups.push(database.drop);
    const prefix = `oclw${process.pid}${Date.now().toString(36)}:`;
    const first = await node(database.url, prefix, 2);
    await eventually('node 2 to own VDN 1', 15_000, async () => ((await ownerOf(first, 1)) === 2 ? true : undefined));
    const created = await isales(first, 'POST', v1, v1Campaign({ name: 'follows the lease', scheduleParam: { workdayBeginTime1: '00:00', workdayEndTime1: '23:59' } }));
    expect(created.body?.resultCode, created.text).toBe('0200000');
    const id = created.body.returnObject.id as number;
    expect(first.services.outbound.runtime.dialerState(1, id)).toBe('running');

    const second = await node(database.url, prefix, 1);
    await eventually('node 1 to own VDN 1 and run its campaign', 15_000, async () =>
      (await ownerOf(second, 1)) === 1 && second.services.outbound.runtime.dialerState(1, id) === 'running' ? true : undefined,
    );
    // Node 2 still holds lease 0 (the outbox), but no longer runs VDN 1's campaign.
    expect((await first.services.repos.vdnLeases.read(0))?.ownerNode).toBe(2);
    expect(first.services.outbound.runtime.dialerState(1, id)).toBeUndefined();

    await second.close();
    await eventually('node 2 to own VDN 1 again and run its campaign', 15_000, async () =>
      (await ownerOf(first, 1)) === 2 && first.services.outbound.runtime.dialerState(1, id) === 'running' ? true : undefined,
    );
  });
});
