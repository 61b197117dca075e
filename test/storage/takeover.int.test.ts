// Goal: a new owner of a VDN carries its agents on from the store after the old owner stopped
// without a graceful stop (issue 17 item 4, decision 1720): signed-in agents keep their GUIDs
// (the current one and, in dynamic mode, the one a rotation replaced), get Agent_Recover
// (§6.5.1.11) on their next poll and then work; the call the old owner had live ends with its CDR
// legs closed exactly once; a second takeover duplicates nothing; another VDN is untouched.
// Method: app A on a store (SQLite file, and PostgreSQL when OPENCEC_TEST_PG_URL is set) signs
// agents in and puts one in a call, flushes its records and is abandoned (never closed); app B
// opens the same store without start-up recovery, as a cluster node does, and takes VDN 1 over.
import { afterEach, describe, expect, it } from 'vitest';
import { takeOverVdn } from '../../src/services/cti/takeover.ts';
import { videoTenant } from '../../src/api/config-skills/tenant-fixture.test-support.ts';
import { dialects, durableStoreUrl } from '../support/postgres.ts';
import { addTenant, createTestApp, type TestApp } from '../support/test-app.ts';
import { advance, dial, GatewayAgent } from '../support/gateway-client.ts';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The agent as seen by another server: same work number, the GUID the client holds. */
function clientOn(app: TestApp, agent: GatewayAgent, guid = agent.guid): GatewayAgent {
  const moved = new GatewayAgent(app, agent.workNo);
  moved.guid = guid;
  return moved;
}

/** Owner A: 101 talking with a customer, 102 busy, 20001 of VDN 2 idle; everything durable; A is then abandoned. */
async function firstOwner(store: string, guidMode: 'static' | 'dynamic') {
  const a = await createTestApp({ storeUrl: store, args: ['--guid-mode', guidMode] });
  // A is never closed (that would end its calls and sessions): only its store handle goes at the end.
  cleanups.push(() => a.services.store.close());
  await addTenant(a, videoTenant());
  const ann = await GatewayAgent.signIn(a, 101);
  const bob = await GatewayAgent.signIn(a, 102, { status: 3 });
  const video = await GatewayAgent.signIn(a, 20001, { password: 'Video@123' });
  const annSignInGuid = ann.guid;
  await advance(a, 61_000);
  for (const agent of [ann, bob, video]) await agent.events();
  const callId = await dial(a, '4001');
  await advance(a, 5_000);
  expect(await ann.eventTypes()).toContain('AgentEvent_Talking');
  await bob.events();
  await a.services.cti.records.flushed();
  return { a, ann, bob, video, annSignInGuid, callId };
}

describe.each(dialects)('taking a VDN over from a stopped owner ($name)', ({ name, enabled }) => {
  for (const guidMode of ['static', 'dynamic'] as const) {
    it.skipIf(!enabled)(`carries the agents on with their GUIDs and closes the lost call once (${guidMode} GUIDs)`, { timeout: 120_000 }, async () => {
      const store = await durableStoreUrl(name, cleanups, 'opencec-takeover-');
      const { a, ann, bob, video, annSignInGuid, callId } = await firstOwner(store, guidMode);
      if (guidMode === 'dynamic') expect(ann.guid).not.toBe(annSignInGuid);
      else expect(ann.guid).toBe(annSignInGuid);
      const repos = a.services.repos;
      expect((await repos.agentSessions.listCalls(1)).map((c) => [c.callId, c.agents])).toEqual([[callId, '101']]);
      const videoRow = (await repos.agentSessions.list(2))[0];
      expect(videoRow).toMatchObject({ workNo: 20001, guid: video.guid });

      const b = await createTestApp({ storeUrl: store, args: ['--guid-mode', guidMode], recoverAtStart: false });
      cleanups.push(() => b.close());
      b.clock.advance(a.clock.now() - b.clock.now() + 1_000);
      expect(await takeOverVdn(b.services, 1, { resumeSessions: true })).toMatchObject({ sessions: 2, calls: 1 });
      // A second takeover finds the VDN served here already and does nothing.
      expect(await takeOverVdn(b.services, 1, { resumeSessions: true })).toMatchObject({ sessions: 0, calls: 0 });

      const legs = await b.services.repos.ctiRecords.cdrsOfCall(1, callId);
      expect(legs.every((leg) => leg.status === 'closed')).toBe(true);
      expect(legs.filter((leg) => leg.callIdNum === -1).map((leg) => leg.releaseCause)).toEqual([534]);
      expect(await b.services.repos.agentSessions.listCalls(1)).toEqual([]);

      // 101 lost its call: Agent_Recover says idle (autoenteridle), then the call's end settles it.
      // In dynamic mode a request with the sign-in GUID a rotation replaced is still let in, until it expires.
      const annOnB = clientOn(b, ann, guidMode === 'dynamic' ? annSignInGuid : ann.guid);
      const annEvents = await annOnB.events();
      expect(annEvents[0]).toEqual(['Agent_Recover', { agentStatus: '4' }]);
      expect(annEvents.map(([type]) => type)).toContain('AgentState_Ready');
      annOnB.guid = ann.guid;
      const bobOnB = clientOn(b, bob);
      expect(await bobOnB.events()).toEqual([['Agent_Recover', { agentStatus: '3' }]]);

      // Both carry on: 101 says busy and free again, 102 says free; 101, idle the longest, answers a new call.
      expect((await annOnB.call('POST', 'onlineagent/{id}/saybusy')).body.retcode).toBe('0');
      expect((await annOnB.call('POST', 'onlineagent/{id}/sayfree')).body.retcode).toBe('0');
      await advance(b, 1_000);
      expect((await bobOnB.call('POST', 'onlineagent/{id}/sayfree')).body.retcode).toBe('0');
      await annOnB.events();
      await bobOnB.events();
      const next = await dial(b, '4001');
      await advance(b, 5_000);
      expect(await annOnB.eventTypes()).toContain('AgentEvent_Talking');
      const engine = await b.services.cti.registry.get(1);
      expect(engine.agents.get(101)?.legs.has(next)).toBe(true);
      // The journal goes on in the same sessions: no sign-out or second sign-in of 101.
      await b.services.cti.records.flushed();
      const journal = await b.services.repos.ctiRecords.operationsOfAgent(1, '101', 0, Number.MAX_SAFE_INTEGER);
      expect(journal.filter((op) => op.opType === 0 || op.opType === 1).map((op) => [op.opType, op.logonSn])).toEqual([[1, '1']]);

      // VDN 2 belongs to no one here: its session row is as A left it, and no engine runs for it.
      expect((await b.services.repos.agentSessions.list(2))[0]).toEqual(videoRow);
      expect(await b.services.cti.registry.ifRunning(2)).toBeUndefined();
    });
  }

  it.skipIf(!enabled)('without resumeSessions signs the agents out as after a crash, and closes the lost call once', { timeout: 120_000 }, async () => {
    const store = await durableStoreUrl(name, cleanups, 'opencec-takeover-');
    const { a, ann, callId } = await firstOwner(store, 'static');
    const b = await createTestApp({ storeUrl: store, recoverAtStart: false });
    cleanups.push(() => b.close());
    b.clock.advance(a.clock.now() - b.clock.now() + 1_000);
    expect(await takeOverVdn(b.services, 1, { resumeSessions: false })).toMatchObject({ sessions: 2, calls: 1 });
    expect((await b.services.repos.ctiRecords.cdrsOfCall(1, callId)).filter((leg) => leg.callIdNum === -1)).toHaveLength(1);
    expect(await b.services.repos.agentSessions.list(1)).toEqual([]);
    const journal = await b.services.repos.ctiRecords.operationsOfAgent(1, '101', 0, Number.MAX_SAFE_INTEGER);
    expect(journal.at(-1)).toMatchObject({ opType: 0, opCause: 258 });
    expect((await clientOn(b, ann).poll()).body.retcode).toBe('100-006');
    expect((await b.services.repos.agentSessions.list(2)).map((row) => row.workNo)).toEqual([20001]);
  });

  it.skipIf(!enabled)('signs out, as after a crash, a session whose account was deleted meanwhile', { timeout: 120_000 }, async () => {
    const store = await durableStoreUrl(name, cleanups, 'opencec-takeover-');
    const { a, ann } = await firstOwner(store, 'static');
    await a.services.repos.agents.delete(1, 102);
    const b = await createTestApp({ storeUrl: store, recoverAtStart: false });
    cleanups.push(() => b.close());
    b.clock.advance(a.clock.now() - b.clock.now() + 1_000);
    expect(await takeOverVdn(b.services, 1, { resumeSessions: true })).toMatchObject({ sessions: 1, calls: 1 });
    expect((await b.services.repos.agentSessions.list(1)).map((row) => row.workNo)).toEqual([101]);
    const journal = await b.services.repos.ctiRecords.operationsOfAgent(1, '102', 0, Number.MAX_SAFE_INTEGER);
    expect(journal.at(-1)).toMatchObject({ opType: 0, opCause: 258 });
    expect((await clientOn(b, ann).events())[0]).toEqual(['Agent_Recover', { agentStatus: '4' }]);
  });

  it.skipIf(!enabled)('as a cluster node, takes the VDN over when the first request creates its engine', { timeout: 120_000 }, async () => {
    const store = await durableStoreUrl(name, cleanups, 'opencec-takeover-');
    const { a, ann, bob, callId } = await firstOwner(store, 'static');
    const b = await createTestApp({ storeUrl: store, recoverAtStart: false });
    cleanups.push(() => b.close());
    b.services.takeovers.everyNewEngine({ resumeSessions: true });
    b.clock.advance(a.clock.now() - b.clock.now() + 1_000);
    // The agent's first poll reaches an engine that has already carried its session on.
    const first = await clientOn(b, ann).poll();
    expect(first.body).toMatchObject({ retcode: '0', event: { eventType: 'Agent_Recover', workNo: '101', content: { agentStatus: '4' } } });
    expect(await clientOn(b, bob).events()).toEqual([['Agent_Recover', { agentStatus: '3' }]]);
    expect((await b.services.repos.ctiRecords.cdrsOfCall(1, callId)).filter((leg) => leg.callIdNum === -1)).toHaveLength(1);
    // VDN 2's live state waits, untouched, for whichever node creates its engine.
    expect((await b.services.repos.agentSessions.list(2)).map((row) => row.workNo)).toEqual([20001]);
  });
});
