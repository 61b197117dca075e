// Goal: what a resumed session carries through takeovers (decision 1720): a push agent gets
// Agent_Recover pushed to its callbackUri; a wrap-up keeps its deadline and a rest its reminder
// time; the agents' journal goes on in the same sessions across two takeovers in a row (A → B → C),
// and the calls they finished have their CDR once. Method: three apps on one SQLite file (and
// PostgreSQL when OPENCEC_TEST_PG_URL is set) and virtual clocks; each owner is abandoned without
// a stop and the next one opens the store without start-up recovery and takes VDN 1 over.
import { afterEach, describe, expect, it } from 'vitest';
import { takeOverVdn } from '../../src/services/cti/takeover.ts';
import { dialects, durableStoreUrl } from '../support/postgres.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { advance, dial, GatewayAgent } from '../support/gateway-client.ts';
import { PushReceiver } from '../push/push-receiver.ts';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The next owner: opens the store without start-up recovery, its clock past the previous owner's, and takes VDN 1 over. */
async function nextOwner(store: string, previous: TestApp): Promise<TestApp> {
  await previous.services.settle();
  // The previous owner is abandoned, never closed (that would end its calls and sessions).
  cleanups.push(() => previous.services.store.close());
  const next = await createTestApp({ storeUrl: store, recoverAtStart: false });
  next.clock.advance(previous.clock.now() - next.clock.now() + 1_000);
  expect((await takeOverVdn(next.services, 1, { resumeSessions: true })).sessions).toBe(3);
  return next;
}

/** The same client, talking to another node. */
function moved(app: TestApp, agent: GatewayAgent): GatewayAgent {
  const client = new GatewayAgent(app, agent.workNo);
  client.guid = agent.guid;
  return client;
}

describe.each(dialects)('sessions resumed through takeovers ($name)', ({ name, enabled }) => {
  it.skipIf(!enabled)('pushes Agent_Recover, keeps wrap-up and rest timers, and goes on in the same sessions', { timeout: 120_000 }, async () => {
    const store = await durableStoreUrl(name, cleanups, 'opencec-takeover-states-');
    const receiver = new PushReceiver();
    const callbackUri = await receiver.start();
    cleanups.push(() => receiver.close());

    const a = await createTestApp({ storeUrl: store });
    const rest = await GatewayAgent.signIn(a, 103);
    expect((await rest.call('POST', 'onlineagent/{id}/rest/60/1')).body.retcode).toBe('0');
    const pushed = await GatewayAgent.signIn(a, 101, { status: 3, callbackUri, serviceToken: 'token_1' });
    const wrapping = await GatewayAgent.signIn(a, 102, { autoenteridle: false });
    const callId = await dial(a, '4001');
    await advance(a, 5_000);
    expect(await wrapping.eventTypes()).toContain('AgentEvent_Talking');
    expect((await a.request({ method: 'POST', url: `/sim/v1/calls/${callId}/hangup`, body: {} })).status).toBe(200);
    await advance(a, 10_000);
    expect(await wrapping.eventTypes()).toContain('AgentState_Work');
    await rest.events();
    // The wrap-up (30 s, skill 1) has 20 s left; the rest (60 s) 45 s.

    const b = await nextOwner(store, a);
    await b.services.settle();
    expect(receiver.events().filter(([type]) => type === 'Agent_Recover')).toEqual([['Agent_Recover', { agentStatus: '3' }]]);
    const wrappingOnB = moved(b, wrapping);
    const restOnB = moved(b, rest);
    expect(await wrappingOnB.events()).toEqual([['Agent_Recover', { agentStatus: '5' }]]);
    expect(await restOnB.events()).toEqual([['Agent_Recover', { agentStatus: '8' }]]);
    await advance(b, 15_000);
    expect(await wrappingOnB.eventTypes()).toEqual([]);
    await advance(b, 10_000);
    expect(await wrappingOnB.eventTypes()).toEqual(['AgentState_Ready']);
    await advance(b, 25_000);
    expect(await restOnB.eventTypes()).toEqual(['AgentState_Rest_Timeout']);
    // Polls keep the polling sessions alive; the push agent handshakes.
    expect((await moved(b, pushed).call('POST', 'onlineagent/{id}/handshake')).body.retcode).toBe('0');

    const c = await nextOwner(store, b);
    cleanups.push(() => c.close());
    await c.services.settle();
    expect(receiver.events().filter(([type]) => type === 'Agent_Recover')).toEqual([
      ['Agent_Recover', { agentStatus: '3' }],
      ['Agent_Recover', { agentStatus: '3' }],
    ]);
    expect(await moved(c, wrapping).events()).toEqual([['Agent_Recover', { agentStatus: '4' }]]);
    expect(await moved(c, rest).events()).toEqual([['Agent_Recover', { agentStatus: '8' }]]);
    expect(receiver.received.every((push) => push.headers.guid === pushed.guid)).toBe(true);

    // The finished call has its CDR once; each session signed in once and never out.
    await c.services.cti.records.flushed();
    const repos = c.services.repos;
    expect((await repos.ctiRecords.cdrsOfCall(1, callId)).filter((leg) => leg.callIdNum === -1)).toHaveLength(1);
    for (const workNo of [101, 102, 103]) {
      const journal = await repos.ctiRecords.operationsOfAgent(1, String(workNo), 0, Number.MAX_SAFE_INTEGER);
      expect(journal.filter((op) => op.opType === 0 || op.opType === 1).map((op) => op.opType)).toEqual([1]);
    }
    const wrapJournal = await repos.ctiRecords.operationsOfAgent(1, '102', 0, Number.MAX_SAFE_INTEGER);
    // Wrap-up (op 27) ended by its timer on B, 30 s after the call, then idle (op 2).
    const wrapUp = wrapJournal.find((op) => op.opType === 27)!;
    expect(wrapUp.endMs - wrapUp.beginMs).toBe(30_000);
  });
});
