// Goal: forwarding fails safe and changes reach the owner (decisions 1710, 1711): a request that
// reaches a non-owner after forwarding is located once more and then answered with the family's
// documented system error (never forwarded in a loop); a dead owner gives that error at once; a
// configuration change published on B reloads A's engine; the Redis bus delivers in order.
// Method: the two-node pair of cluster-pair.ts (PostgreSQL, in-process bus) with node views set
// by the test; a RedisBus pair on a private channel prefix. Skipped without PostgreSQL / Redis.
import { describe, expect, it, vi } from 'vitest';
import { Redis } from 'ioredis';
import { pgServerUrl } from '../support/postgres.ts';
import { useClusterPair } from '../support/cluster-pair.ts';
import { GatewayAgent } from '../support/gateway-client.ts';
import { RedisBus, type BusDelivery } from '../../src/cluster/bus/index.ts';
import { forwardedByHeader } from '../../src/cluster/forward/index.ts';

const redisUrl = 'redis://127.0.0.1:6379';
if (!pgServerUrl) console.warn('test/cluster/forwarding-guards: OPENCEC_TEST_PG_URL is not set, skipping');

const pair = useClusterPair(pgServerUrl !== undefined);

describe.skipIf(!pgServerUrl)('forwarding guards', () => {
  it('answers 100-007 after one re-location when both nodes think the other owns the VDN', { timeout: 30_000 }, async () => {
    pair.a.ownership.owners.set(1, 2);
    const before = pair.b.ownership.locations.length;
    try {
      const res = await pair.b.app.request({ method: 'PUT', url: '/agentgateway/resource/onlineagent/102', body: { password: 'Demo@123', phonenum: '70102' } });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ message: expect.any(String), retcode: '100-007', result: '' });
      expect(res.headers['x-opencec-not-owner']).toBeUndefined();
      // The first location, then exactly one re-location.
      expect(pair.b.ownership.locations.length - before).toBe(2);
    } finally {
      pair.a.ownership.owners.set(1, 1);
    }
  });

  it('never forwards a forwarded request again: the receiver says it is not the owner', { timeout: 30_000 }, async () => {
    const res = await pair.b.app.http.inject({ method: 'PUT', url: '/agentgateway/resource/onlineagent/103', headers: { [forwardedByHeader]: '1', 'content-type': 'application/json' }, payload: '{"password":"Demo@123","phonenum":"70103"}' });
    expect(JSON.parse(res.body).retcode).toBe('100-007');
    expect(res.headers['x-opencec-not-owner']).toBe('1');
    expect(await pair.b.app.services.cti.registry.running()).toEqual([]);
  });

  it('answers a dead owner with the family’s system error at once', { timeout: 30_000 }, async () => {
    pair.b.ownership.owners.set(1, 9);
    try {
      const res = await pair.b.app.request({ method: 'PUT', url: '/agentgateway/resource/onlineagent/104', body: { password: 'Demo@123', phonenum: '70104' } });
      expect(res.body.retcode).toBe('100-007');
      const cms = await pair.b.app.request({ method: 'POST', url: '/sim/v1/calls', body: { caller: '13800000001', called: '4001' } });
      expect(cms.status).toBe(500);
    } finally {
      pair.b.ownership.owners.set(1, 1);
    }
  });

  it('serves the request on the node the lease came to meanwhile', { timeout: 30_000 }, async () => {
    // B's first look says A; A says "not me"; B's second look finds the lease is B's own now.
    pair.a.ownership.owners.set(1, 2);
    let looks = 0;
    const locate = pair.b.ownership.locate.bind(pair.b.ownership);
    const spy = vi.spyOn(pair.b.ownership, 'locate').mockImplementation(async (vdnId) => (++looks === 1 ? locate(vdnId) : { kind: 'local', fence: 1n }));
    try {
      const res = await pair.b.app.request({ method: 'GET', url: '/agentgateway/resource/onlineagent/105/agentstatus', headers: { guid: 'x' } });
      expect(res.body.retcode).toBe('100-006');
      expect(looks).toBe(3);
    } finally {
      spy.mockRestore();
      pair.a.ownership.owners.set(1, 1);
    }
  });

  it('reloads the owner’s engine when a configuration change is published on another node', { timeout: 30_000 }, async () => {
    const agent = await GatewayAgent.signIn(pair.b.app, 106);
    expect(agent.guid).not.toBe('');
    const reload = vi.spyOn(pair.a.app.services.cti.registry, 'reload');
    const forget = vi.spyOn(pair.a.app.services.cti.registry, 'forgetWorkNoOwners');
    const forgetNlu = vi.spyOn(pair.a.app.services.chatbot.nlu, 'forget');
    try {
      pair.b.app.services.configChanges.publish({ vdnId: 1, what: 'tenant' });
      pair.b.app.services.chatbot.nlu.invalidate(1);
      expect(reload).toHaveBeenCalledWith(1);
      expect(forget).toHaveBeenCalledTimes(1);
      expect(forgetNlu).toHaveBeenCalledWith(1);
      await reload.mock.results[0]!.value;
    } finally {
      reload.mockRestore();
      forget.mockRestore();
      forgetNlu.mockRestore();
    }
  });
});

async function redisAvailable(): Promise<boolean> {
  const probe = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

const hasRedis = await redisAvailable();
if (!hasRedis) console.warn('test/cluster/forwarding-guards: no Redis on 127.0.0.1:6379, skipping the Redis bus');

describe.skipIf(!hasRedis)('the Redis bus', () => {
  it('delivers every node’s messages to every node, in each publisher’s order', { timeout: 20_000 }, async () => {
    const prefix = `opencec-test-${process.pid}-${Date.now().toString(36)}:`;
    const log = { warn: () => undefined, error: () => undefined };
    const one = new RedisBus({ url: redisUrl, nodeId: 1, prefix, log });
    const two = new RedisBus({ url: redisUrl, nodeId: 2, prefix, log });
    try {
      const seen: Array<BusDelivery<{ n: number }>> = [];
      const done = new Promise<void>((resolve) => {
        two.subscribe<{ n: number }>('t', (delivery) => {
          seen.push(delivery);
          if (seen.length === 200) resolve();
        });
      });
      await two.ready();
      for (let n = 0; n < 100; n++) {
        one.publish('t', { n });
        two.publish('t', { n });
      }
      await done;
      for (const from of [1, 2]) expect(seen.filter((d) => d.from === from).map((d) => d.body.n)).toEqual([...Array(100).keys()]);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});
