// Goal: issue 17's done-when on real processes. Three nodes (`node bin/opencec.js start`) on one
// PostgreSQL and one Redis serve two tenants; an agent of VDN 1 signs in through node A, polls
// through node B and answers a call placed through node C (the /sim/v1 driver API). VDN 1's owner
// is SIGKILLed mid-call: the lease moves within TTL + TTL/3 (decision 1700), the agent's next
// poll through a surviving node brings Agent_Recover (§6.5.1.11) under the same GUID, the agent
// carries on, and every finished call has exactly one CDR. Every node reports both tenants' agents
// in the system indicators (§12.3.6.8, decision 1732). Method: real time with a 4 s lease
// TTL (long enough that a loaded 2-core machine does not make an owner miss its renewals before
// the kill: the takeover bound scales with it), every wait a poll with a deadline, generous
// bounds, and the nodes' log tails in a failure's message.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterEnabled, clusterSkipReason, eventually, startCluster, withNodeLogs, type ClusterNodeProcess, type TestCluster } from '../support/cluster.ts';
import { callState, globalCmsQuery, HttpAgent, placeCall } from '../support/cluster-agent.ts';
import { expectEachCallRecordedOnce, expectEventsInOrder, expectOneSessionPerAgent } from './cluster-invariants.ts';

const ttlMs = 4_000;
/** The documented bound (TTL + TTL/3) plus room for a loaded CI machine's scheduling. */
const takeoverBoundMs = ttlMs + ttlMs / 3 + 3_000;
const tenantFile = fileURLToPath(new URL('./second-tenant.json', import.meta.url));

if (!clusterEnabled) console.warn(`skipping test/cluster/three-nodes.test.ts: ${clusterSkipReason}`);

describe.skipIf(!clusterEnabled)('cluster: three nodes, two tenants, a SIGKILLed owner', () => {
  let cluster: TestCluster;
  beforeAll(async () => {
    cluster = await startCluster({ nodes: 3, ttlMs, tenantFile });
  }, 180_000);
  afterAll(async () => {
    await cluster?.close();
  }, 60_000);

  it('serves both tenants through any node and moves VDN 1 when its owner dies', { timeout: 240_000 }, () => withNodeLogs(cluster, async () => {
    const [a, b, c] = cluster.nodes as [ClusterNodeProcess, ClusterNodeProcess, ClusterNodeProcess];
    await eventually('both tenants to have an owner', 30_000, async () => ((await cluster.ownerOf(1)) && (await cluster.ownerOf(2)) ? true : undefined));

    const agent = new HttpAgent(101);
    const signIn = await agent.signIn(a);
    expect(signIn.body.retcode, JSON.stringify(signIn.body)).toBe('0');
    const guid = agent.guid;
    expect(guid).not.toBe('');
    // VDN 1 keeps its owner until the kill: a change before it (a missed renewal) is reported as such.
    const ownerAtSignIn = (await cluster.ownerOf(1))!;
    // The second tenant works too, through another node than its owner's.
    const acme = new HttpAgent(10001, 'Acme@1234', '60001');
    expect((await acme.signIn(c)).body.retcode).toBe('0');

    // The system indicators are the cluster's on every node (decision 1732): within a pinning
    // round or two each node counts both tenants' agents, whichever node owns them.
    for (const node of [a, b, c]) {
      await eventually(`node ${node.nodeId} to count both agents`, 10_000, async () => {
        const licence = await globalCmsQuery(node, 'configures/querysystemlicensestatus', { ccId: 1 });
        return licence.resultDesc?.loginAgentNum === 2 && licence.resultDesc.vdnNum === 2 ? true : undefined;
      }, 250);
    }

    const first = await placeCall(c, '4001', 1);
    await agent.pollUntil(() => b, 'AgentEvent_Talking', 30_000);
    await eventually('the first call to end', 30_000, async () => ((await callState(a, first)) === 'ended' ? true : undefined));
    const acmeCall = await placeCall(a, '5001', 1);
    await acme.pollUntil(() => b, 'AgentEvent_Talking', 30_000);
    await eventually('the second tenant’s call to end', 30_000, async () => ((await callState(c, acmeCall)) === 'ended' ? true : undefined));

    // A long call is in progress when VDN 1's owner is killed.
    await agent.command(b, 'POST', 'onlineagent/{id}/sayfree');
    const live = await placeCall(c, '4001', 600);
    await agent.pollUntil(() => b, 'AgentEvent_Talking', 30_000);
    const owner = (await cluster.ownerOf(1))!;
    expect(owner, 'VDN 1 changed owner before its owner was killed (see the node logs)').toEqual(ownerAtSignIn);
    const victim = cluster.nodes.find((node) => node.nodeId === owner.nodeId)!;
    const killedAtMs = performance.now();
    await victim.kill();
    const next = await eventually('VDN 1 to move', takeoverBoundMs + 5_000, async () => {
      const now = await cluster.ownerOf(1);
      return now && now.nodeId !== owner.nodeId ? now : undefined;
    }, 50);
    const takeoverMs = performance.now() - killedAtMs;
    expect(next.fence).toBeGreaterThan(owner.fence);
    expect(takeoverMs, `takeover took ${Math.round(takeoverMs)} ms`).toBeLessThan(takeoverBoundMs);

    // The agent's next poll through a surviving node brings the disaster-recovery event.
    const survivor = cluster.nodes.find((node) => node.alive() && node.nodeId !== owner.nodeId)!;
    await agent.pollUntil(() => survivor, 'Agent_Recover', 30_000);
    expect(agent.guid).toBe(guid);
    await eventually('the interrupted call to be ended by the new owner', 30_000, async () => ((await callState(survivor, live)) === 'ended' ? true : undefined));

    // The agent carries on through the survivors: a new call is answered.
    let lastFree = '';
    await eventually('the agent to be free again', 30_000, async () => {
      const reply = await agent.command(survivor, 'POST', 'onlineagent/{id}/sayfree');
      lastFree = JSON.stringify(reply.body);
      // 100-009 "the agent is idle": the takeover already left it free.
      return reply.body.retcode === '0' || (reply.body.retcode === '100-009' && String(reply.body.message).includes('idle')) ? true : undefined;
    }).catch((error: unknown) => {
      throw new Error(`${String(error)}; last reply ${lastFree}`);
    });
    const after = await placeCall(survivor, '4001', 1);
    await agent.pollUntil(() => survivor, 'AgentEvent_Talking', 30_000);
    await eventually('the call after the takeover to end', 30_000, async () => ((await callState(survivor, after)) === 'ended' ? true : undefined));

    await expectEachCallRecordedOnce(cluster, [first, acmeCall, live, after]);
    await expectOneSessionPerAgent(cluster, [{ vdnId: 1, workNo: 101, guid: agent.guid }, { vdnId: 2, workNo: 10001, guid: acme.guid }]);
    expectEventsInOrder([agent, acme]);
  }));
});
