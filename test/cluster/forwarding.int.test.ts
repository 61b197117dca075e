// Goal: in cluster mode a client may talk to any node (issue 17 item 3, decision 1710): requests
// for a VDN another node owns are served by the owner with the owner's own answer, byte for byte —
// gateway sign-in, a long poll held through the other node, commands, the driver API, a CC-CMS
// query (its C2 signature covers the forwarded headers and bytes) and a binary download.
// Method: two in-process apps on one fresh PostgreSQL database and an in-process bus, listening on
// 127.0.0.1; node A owns VDN 1 (the demo tenant), node B owns the rest. Clients talk to B through
// `inject`, and B forwards over real HTTP. Skipped without OPENCEC_TEST_PG_URL.
import { describe, expect, it } from 'vitest';
import { pgServerUrl } from '../support/postgres.ts';
import { useClusterPair } from '../support/cluster-pair.ts';
import { GatewayAgent } from '../support/gateway-client.ts';
import { cmsRequest } from '../support/cms-client.ts';
import type { TestApp, TestResponse } from '../support/test-app.ts';

if (!pgServerUrl) console.warn('test/cluster/forwarding: OPENCEC_TEST_PG_URL is not set, skipping');

const pair = useClusterPair(pgServerUrl !== undefined);

/** Polls through `via` every event the owner holds for the agent (never waits for new ones). */
async function drain(agent: GatewayAgent, owner: TestApp): Promise<string[]> {
  const types: string[] = [];
  await owner.services.cti.records.flushed();
  while (owner.services.cti.hub.size(agent.workNo) > 0) {
    const res = await agent.poll();
    expect(res.body?.retcode, res.text).toBe('0');
    types.push(res.body.event.eventType as string);
  }
  return types;
}

/** Resolves once the owner holds the agent's poll (bounded: the loop gives up after 2000 turns). */
async function held(owner: TestApp, workNo: number): Promise<void> {
  for (let i = 0; i < 2000 && !owner.services.cti.hub.holding(workNo); i++) await new Promise((r) => setTimeout(r, 1));
  expect(owner.services.cti.hub.holding(workNo)).toBe(true);
}

const sameAnswer = (here: TestResponse, there: TestResponse) => {
  expect(there.status).toBe(here.status);
  expect(there.text).toBe(here.text);
  expect(there.headers['content-type']).toBe(here.headers['content-type']);
};

describe.skipIf(!pgServerUrl)('forwarding to the owner of a VDN', () => {
  let agent: GatewayAgent;

  it('signs an agent in through B on A, the owner: the engine runs on A only', { timeout: 30_000 }, async () => {
    agent = await GatewayAgent.signIn(pair.b.app, 101);
    expect(agent.guid).not.toBe('');
    const [engine] = await pair.a.app.services.cti.registry.running();
    expect(engine?.vdnId).toBe(1);
    expect(engine?.agents.get(101)?.guid).toBe(agent.guid);
    expect(await pair.b.app.services.cti.registry.running()).toEqual([]);
    expect(pair.b.ownership.locations).toContain(1);
  });

  it('answers a query through B with exactly the bytes A answers', { timeout: 30_000 }, async () => {
    await drain(agent, pair.a.app);
    const throughB = await agent.call('GET', 'onlineagent/{id}/agentstatus');
    const onA = await pair.a.app.request({ method: 'GET', url: `/agentgateway/resource/onlineagent/101/agentstatus`, headers: { guid: agent.guid } });
    expect(throughB.body.retcode).toBe('0');
    sameAnswer(onA, throughB);
  });

  it('holds a long poll made through B on A until a command made through B produces an event', { timeout: 30_000 }, async () => {
    await drain(agent, pair.a.app);
    const poll = agent.poll();
    await held(pair.a.app, 101);
    const busy = await agent.call('POST', 'onlineagent/{id}/saybusy');
    expect(busy.body.retcode, busy.text).toBe('0');
    const event = await poll;
    expect(event.body.retcode).toBe('0');
    expect(event.body.event.eventType).toBe('AgentState_SetNotReady_Success');
    const idle = await agent.call('POST', 'onlineagent/{id}/sayfree');
    expect(idle.body.retcode).toBe('0');
    expect(await drain(agent, pair.a.app)).toContain('AgentState_CancelNotReady_Success');
  });

  it('places a call through the driver API on B, which A routes to the agent', { timeout: 30_000 }, async () => {
    const dialled = await pair.b.app.request({ method: 'POST', url: '/sim/v1/calls', body: { caller: '13800000001', called: '4001' } });
    expect(dialled.status, dialled.text).toBe(200);
    const callId = dialled.body.callId as string;
    expect(pair.a.app.services.cti.hub.size(101)).toBeGreaterThan(0);
    pair.a.app.clock.advance(20_000);
    await pair.a.app.services.settle();
    const hangup = await pair.b.app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/hangup` });
    expect(hangup.status, hangup.text).toBe(200);
    pair.a.app.clock.advance(1_000);
    await pair.a.app.services.settle();
    const types = await drain(agent, pair.a.app);
    expect(types, types.join()).toContain('AgentEvent_Auto_Answer');
    expect(types).toContain('AgentEvent_Call_Release');
    const legs = await pair.a.app.services.repos.ctiRecords.recordingsOfCall(1, callId);
    expect(legs.length).toBeGreaterThan(0);
  });

  it('streams a recording download through B with A’s status, headers and bytes (ranges too)', { timeout: 30_000 }, async () => {
    const [engine] = await pair.a.app.services.cti.registry.running();
    expect(engine).toBeDefined();
    const rows = await pair.a.app.services.store.db.selectFrom('recording').select(['fileName']).where('vdnId', '=', 1).execute();
    const url = `/agentgateway/resource/recordfile/101?recordId=${encodeURIComponent(rows[0]!.fileName)}`;
    const onA = await pair.a.app.http.inject({ method: 'GET', url, headers: { guid: agent.guid } });
    const throughB = await pair.b.app.http.inject({ method: 'GET', url, headers: { guid: agent.guid } });
    expect(onA.statusCode).toBe(200);
    expect(throughB.statusCode).toBe(200);
    expect(throughB.rawPayload.equals(onA.rawPayload)).toBe(true);
    for (const name of ['content-type', 'content-disposition', 'content-length', 'accept-ranges']) expect(throughB.headers[name], name).toBe(onA.headers[name]);
    // The gateway's flow control admits 5 queries per agent in 2 s (ref L12083).
    pair.a.app.clock.advance(2_000);
    const part = await pair.b.app.http.inject({ method: 'GET', url, headers: { guid: agent.guid, range: 'bytes=0-43' } });
    expect(part.statusCode, part.body).toBe(206);
    expect(part.rawPayload.equals(onA.rawPayload.subarray(0, 44))).toBe(true);
  });

  it('serves a signed CC-CMS real-time query through B as A serves it', { timeout: 30_000 }, async () => {
    const body = { ccId: 1, vdn: 1, agentIds: [101, 102] };
    const path = '/rest/cmsapp/v1/openapi/agentgroup/agentstatusinfobyagentids';
    const onA = await cmsRequest(pair.a.app, path, body);
    const throughB = await cmsRequest(pair.b.app, path, body);
    expect(onA.body.resultCode, onA.text).toBe('0100000');
    sameAnswer(onA, throughB);
    expect(await pair.b.app.services.cti.registry.running()).toEqual([]);
  });
});
