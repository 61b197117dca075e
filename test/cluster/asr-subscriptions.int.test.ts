// Goal: in cluster mode the node that owns a VDN pushes §6.3.6 results to subscriptions registered
// through any node (decision 0464: the store is the truth), and stops at once when another node
// unregisters it. Method: two in-process nodes on one fresh
// PostgreSQL database; node A owns VDN 1 and runs its calls; subscriptions are registered and
// ended through node B's services; a real HTTP receiver on 127.0.0.1. Skipped without OPENCEC_TEST_PG_URL.
import { describe, expect, it } from 'vitest';
import { pgServerUrl } from '../support/postgres.ts';
import { useClusterPair } from '../support/cluster-pair.ts';
import { dial, GatewayAgent } from '../support/gateway-client.ts';
import { AsrReceiver, transcriptOf, wait } from '../support/asr-receiver.ts';

if (!pgServerUrl) console.warn('test/cluster/asr-subscriptions: OPENCEC_TEST_PG_URL is not set, skipping');

const pair = useClusterPair(pgServerUrl !== undefined);

describe.skipIf(!pgServerUrl)('§6.3 subscriptions across nodes', () => {
  it('pushes the owner\'s calls to a subscription registered through another node, until it is unregistered there', { timeout: 60_000 }, async () => {
    const owner = pair.a.app;
    const receiver = await new AsrReceiver(owner).start();
    try {
      const subscriptions = pair.b.app.services.asr.subscriptions;
      const viaB = await subscriptions.register(1, '1', 'token-b', { serviceCallBackUri: receiver.base, nlpFlag: false, flowAccessCode: null });
      expect(viaB.serverId).toMatch(/^\d{14}-003-\d{5}$/);
      const agent = await GatewayAgent.signIn(owner, 101);
      const first = await dial(owner, '4001', { talkSeconds: 20 });
      await wait(owner, 30_000, [agent]);
      expect(receiver.contents(first)).toEqual((await transcriptOf(owner, first)).utterances.map((u) => u.text));
      expect(receiver.received.every((r) => r.body.serverid === viaB.serverId && r.token === 'token-b')).toBe(true);

      expect(await subscriptions.unregister(1, viaB.serverId)).toBe(true);
      const before = receiver.received.length;
      await dial(owner, '4001', { talkSeconds: 20 });
      await wait(owner, 30_000, [agent]);
      expect(receiver.received.length).toBe(before);
    } finally {
      await receiver.close();
    }
  });
});
