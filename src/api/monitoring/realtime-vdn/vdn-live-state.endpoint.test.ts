// Goal: the live VDN views (rest 12.3.1.1.2, IVR calls .7, calls per access code .11, real-time
// indicators .17) show exactly the state agents and calls are in. Method: agents 101–105 sign in
// through the gateway, some go busy or rest, customers dial through /sim/v1, and C2-signed queries
// read the VDN on the virtual clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { GatewayAgent, advance, dial } from '../../../../test/support/gateway-client.ts';
import { globalKey } from '../../../../test/support/cms-client.ts';
import { vdnRealtimeIndicatorIds } from '../../../domain/monitoring/index.ts';
import { expectInvalid, expectTenantRules, openapi, videoKey, withVideoTenant } from './vdn-fixture.test-support.ts';

let app: TestApp;
const agents = new Map<number, GatewayAgent>();
let queuedCall = '';
let ivrCall = '';

beforeAll(async () => {
  app = await createTestApp();
  await withVideoTenant(app);
  for (const workNo of [101, 102, 103, 104, 105]) agents.set(workNo, await GatewayAgent.signIn(app, workNo));
  expect((await agents.get(101)!.call('POST', 'onlineagent/{id}/saybusy')).body.retcode).toBe('0');
  expect((await agents.get(102)!.call('POST', 'onlineagent/{id}/rest/600/1')).body.retcode).toBe('0');
  await advance(app, 10_000);
  for (let i = 0; i < 3; i++) await dial(app, '4001', { caller: `1380000000${i}`, talkSeconds: 3600 });
  queuedCall = await dial(app, '4001', { caller: '13900000009' });
  ivrCall = await dial(app, '4002', { caller: '13700000007', priority: 3 });
  await advance(app, 4_000);
});
afterAll(async () => {
  await app.close();
});

const indicators = async (ids: readonly string[], vdnIds = [1], key = undefined as typeof videoKey | undefined) =>
  (await openapi(app, 'rindex/vdn', { ccld: 1, vdnIds, indexIds: ids }, key)).body;

describe('live VDN views', () => {
  it('serves every Table 12-693 indicator from the live state (12.3.1.1.17)', async () => {
    const body = await indicators(vdnRealtimeIndicatorIds);
    expect(body.resultCode).toBe('0100000');
    expect(body.resultDesc).toHaveLength(1);
    expect(body.resultDesc[0].id).toBe('1');
    expect(Object.fromEntries(body.resultDesc[0].idxs.map((i: { id: string; val: number }) => [i.id, i.val]))).toEqual({
      IDX_COUNT_REAL_VDN_CONNECT: 4, // three agents talking + the IVR playing its menu
      IDX_COUNT_REAL_VDN_CALL: 5,
      IDX_COUNT_REAL_IVR_HANDLE: 1,
      IDX_COUNT_REAL_SKILL_QUEUE: 1,
      IDX_COUNT_REAL_AGENT_SIGN_IN: 5,
      IDX_COUNT_REAL_AGENT_SET_IDLE: 0,
      IDX_COUNT_REAL_AGENT_SET_BUSY: 1,
      IDX_COUNT_REAL_AGENT_CONNECT: 3,
      IDX_COUNT_REAL_AGENT_STUDY: 0,
      IDX_COUNT_REAL_AGENT_ACW: 0,
      IDX_COUNT_REAL_AGENT_ANSWER: 0,
      IDX_COUNT_REAL_AGENT_PREOCCUPY: 0,
      IDX_COUNT_REAL_AGENT_OCCUPY: 0,
      IDX_COUNT_REAL_AGENT_NOT_SIGN_IN: 6,
      IDX_COUNT_REAL_AGENT_REST: 1,
    });
  });

  it('answers in the example shape: one entry per VDN, one value per code, in request order', async () => {
    const body = await indicators(['IDX_COUNT_REAL_VDN_CALL', 'IDX_COUNT_REAL_VDN_CONNECT'], [2, 1], globalKey);
    expect(body).toEqual({
      resultCode: '0100000',
      resultDesc: [
        { id: '2', idxs: [{ id: 'IDX_COUNT_REAL_VDN_CALL', val: 0 }, { id: 'IDX_COUNT_REAL_VDN_CONNECT', val: 0 }] },
        { id: '1', idxs: [{ id: 'IDX_COUNT_REAL_VDN_CALL', val: 5 }, { id: 'IDX_COUNT_REAL_VDN_CONNECT', val: 4 }] },
      ],
    });
    // ccId is optional here: the default call center (ref L55497).
    expect((await openapi(app, 'rindex/vdn', { vdnIds: [1], indexIds: ['IDX_COUNT_REAL_SKILL_QUEUE'] })).body.resultDesc[0].idxs).toEqual([{ id: 'IDX_COUNT_REAL_SKILL_QUEUE', val: 1 }]);
  });

  it('confines indicator queries to the caller and validates codes and sizes', async () => {
    expect((await indicators(['IDX_COUNT_REAL_VDN_CALL'], [1, 2])).resultCode).toBe('0101003');
    expect((await indicators(['IDX_COUNT_REAL_VDN_CALL'], [2], videoKey)).resultDesc[0].idxs[0].val).toBe(0);
    expect((await indicators(['IDX_COUNT_REAL_VDN_CALL'], [1, 4999], globalKey)).resultCode).toBe('0100002');
    await expectInvalid(app, 'rindex/vdn', [
      { vdnIds: [1], indexIds: ['IDX_COUNT_REAL_SKILL_HANDLE'] },
      { vdnIds: [1], indexIds: ['IDX_COUNT_REAL_VDN_CALL', 'nonsense'] },
      { vdnIds: [1], indexIds: [] },
      { vdnIds: [], indexIds: ['IDX_COUNT_REAL_VDN_CALL'] },
      { vdnIds: Array.from({ length: 101 }, () => 1), indexIds: ['IDX_COUNT_REAL_VDN_CALL'] },
      { vdnIds: [5001], indexIds: ['IDX_COUNT_REAL_VDN_CALL'] },
      { ccId: 2, vdnIds: [1], indexIds: ['IDX_COUNT_REAL_VDN_CALL'] },
      { vdnIds: [1] },
    ]);
  });

  it('lists the calls an IVR flow is processing (12.3.1.1.7)', async () => {
    const res = await openapi(app, 'vdn/queryivrstatusinfo', { ccld: 1, vdn: 1, flowId: 1 });
    const calls = [{ callId: ivrCall, customerLevel: 3, requestType: 0 }];
    expect(res.body).toEqual({ result: '0', resultCode: '0100000', resultDatas: calls, resultDesc: calls });
    expect((await openapi(app, 'vdn/queryivrstatusinfo', { ccId: 1, vdn: 1, flowId: 2 })).body.resultDesc).toEqual([]);
    await expectInvalid(app, 'vdn/queryivrstatusinfo', [{ ccId: 1, vdn: 1, flowId: 3 }, { ccId: 1, vdn: 1, flowId: 0 }, { ccId: 1, vdn: 1, flowId: 1501 }, { ccId: 1, vdn: 1 }]);
    await expectTenantRules(app, 'vdn/queryivrstatusinfo', { ccId: 1, flowId: 1 });
  });

  it('counts the live calls of each access code (12.3.1.1.11)', async () => {
    const res = await openapi(app, 'vdn/queryaccesscodecallinfo', { ccld: 1, vdn: 1, innolds: [1, 2, 3, 99, 1] });
    expect(res.body).toEqual({
      resultCode: '0100000',
      resultDesc: [
        { innoId: 1, allCallCount: 4, ivrCallCount: 0, agentCallCount: 3, queueCallCount: 1, longestWaitTime: 4 },
        { innoId: 2, allCallCount: 1, ivrCallCount: 1, agentCallCount: 0, queueCallCount: 0, longestWaitTime: 0 },
        { innoId: 3, allCallCount: 0, ivrCallCount: 0, agentCallCount: 0, queueCallCount: 0, longestWaitTime: 0 },
        { innoId: 99, allCallCount: 0, ivrCallCount: 0, agentCallCount: 0, queueCallCount: 0, longestWaitTime: 0 },
      ],
    });
    await expectInvalid(app, 'vdn/queryaccesscodecallinfo', [
      { ccId: 1, vdn: 1, innoIds: [] },
      { ccId: 1, vdn: 1, innoIds: Array.from({ length: 501 }, (_, i) => i) },
      { ccId: 1, vdn: 1, innoIds: ['a'] },
      { ccId: 1, vdn: 1 },
    ]);
    await expectTenantRules(app, 'vdn/queryaccesscodecallinfo', { ccId: 1, innoIds: [1] });
  });

  it('reports resting agents and rests granted during a call (12.3.1.1.2)', async () => {
    const talking = (await openapi(app, 'vdn/totalagentdynamicinfo', { ccId: 1, vdn: 1, offset: 0, limit: 5 })).body.resultDesc.find((a: { state: number }) => a.state === 5).agentId;
    expect((await agents.get(talking)!.call('POST', 'onlineagent/{id}/rest/300/2')).body.retcode).toBe('0');
    await advance(app, 6_000);
    const res = await openapi(app, 'vdn/queryagentreststate', { ccld: 1, vdn: 1, offset: 0, limit: 10 });
    const now = app.clock.now();
    const payload = {
      onRestAgentNum: 1,
      allowRestAgentNum: 1,
      waitRestAgentNum: 0,
      details: [
        { agentId: 102, vdnId: 1, ccId: 1, beginTime: now - 20_000, applyRestLength: 600, name: 'Agent 102', reqRestDuration: 20 },
        { agentId: talking, cantRestCause: 1, vdnId: 1, ccId: 1, beginTime: now - 6_000, applyRestLength: 300, name: `Agent ${talking}` },
      ].sort((a, b) => a.agentId - b.agentId),
    };
    expect(res.body).toEqual({ result: '0', resultCode: '0100000', count: 11, resultDatas: payload, resultDesc: payload });
    // Statistics cover the requested page only (ref L53788).
    const firstPage = await openapi(app, 'vdn/queryagentreststate', { ccId: 1, vdn: 1, offset: 0, limit: 1 });
    expect(firstPage.body.resultDesc).toEqual({ onRestAgentNum: 0, allowRestAgentNum: 0, waitRestAgentNum: 0, details: [] });
    await expectInvalid(app, 'vdn/queryagentreststate', [{ ccId: 1, vdn: 1, offset: 0, limit: 1001 }, { ccId: 1, vdn: 1, offset: 0 }]);
    await expectTenantRules(app, 'vdn/queryagentreststate', { ccId: 1, offset: 0, limit: 10 });
  });

  it('follows the calls as they move: the queued call is answered when an agent frees up', async () => {
    expect(queuedCall).not.toBe('');
    const busy = agents.get(101)!;
    expect((await busy.call('POST', 'onlineagent/{id}/cancelbusy')).body.retcode).toBe('0');
    await advance(app, 1_000);
    const body = await indicators(['IDX_COUNT_REAL_SKILL_QUEUE', 'IDX_COUNT_REAL_AGENT_CONNECT', 'IDX_COUNT_REAL_AGENT_SET_BUSY']);
    expect(body.resultDesc[0].idxs.map((i: { val: number }) => i.val)).toEqual([0, 4, 0]);
  });
});
