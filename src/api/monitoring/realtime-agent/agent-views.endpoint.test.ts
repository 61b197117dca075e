// Goal: the agent views of §12.3.1.3 show exactly the live floor of issue 9 (101 busy, 102 rest,
// 103 talking, 104 ringing, 105 idle, 106–110 never signed in), with the documented sentinels.
// Method: agents sign in through the gateway, calls through /sim/v1, C2-signed queries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advance } from '../../../../test/support/gateway-client.ts';
import { createTestApp, testEpochMs, type TestApp } from '../../../../test/support/test-app.ts';
import { addOtherTenant, agentFloor, cms, expectInvalid, expectTenantConfined } from '../realtime.test-support.ts';

const base = '/rest/cmsapp/v1/openapi';
let app: TestApp;
let floor: Awaited<ReturnType<typeof agentFloor>>;
beforeAll(async () => {
  app = await createTestApp();
  await addOtherTenant(app);
  floor = await agentFloor(app); // 08:00:03
});
afterAll(async () => {
  await app.close();
});

const ids = [101, 102, 103, 104, 105, 106];

describe('12.3.1.3 agent views on the floor', () => {
  it('12.3.1.3.1 lists each agent’s skills and whether it is signed in to them; unknown agents left out', async () => {
    const reply = await cms(app, `${base}/agentgroup/siteagentcallandskillinfobyagentids`, { ccld: 1, vdn: 1, agentIds: [101, 106, 59999] });
    const items = [
      { skills: [{ skillId: 1, isLogin: 1 }], agentId: 101 },
      { skills: [{ skillId: 1, isLogin: 0 }], agentId: 106 },
    ];
    expect(reply).toEqual({ result: '0', resultCode: '0100000', resultDatas: items, resultDesc: items });
  });

  it('12.3.1.3.2 gives current and previous states, with the never-signed-in sentinels', async () => {
    const reply = await cms(app, `${base}/agentgroup/agentstatusinfobyagentids`, { ccId: 1, vdn: 1, agentIds: ids });
    const byId = Object.fromEntries(reply.resultDesc.map((a: any) => [a.agentId, a]));
    expect(byId[103]).toEqual({ prevState: 4, agentId: 103, logonTime: testEpochMs, agentRelease: 0, locationId: 65535, currentPrivateCallNum: 0, currentStateTime: 2, currentStateReason: 65535, prevStateTime: 1, currentState: 5 });
    expect(byId[102]).toMatchObject({ currentState: 8, currentStateReason: 3, prevState: 1 });
    expect(byId[104]).toMatchObject({ currentState: 4, prevState: 1, prevStateTime: 2 });
    expect(byId[106]).toEqual({ prevState: 0, agentId: 106, logonTime: 4294967295000, agentRelease: 0, locationId: 65535, currentPrivateCallNum: 0, currentStateTime: 3, currentStateReason: 65535, prevStateTime: 4294967295, currentState: 0 });
  });

  it('12.3.1.3.3/.4/.9 report the calls agents are on, with status and direction', async () => {
    expect((await cms(app, `${base}/agent/queryagentcalls`, { ccId: 1, vdn: 1, agentId: 103 })).resultDesc).toEqual([floor.talking]);
    const batch = await cms(app, `${base}/agentgroup/queryagentcalls`, { cclId: 1, vdn: 1, agentIds: [103, 104, 105] });
    expect(batch).toEqual({
      resultCode: '0100000',
      resultDesc: [
        { agentId: 103, callList: [{ callId: floor.talking, callStatus: 5, callInOut: 0, mediaType: 5 }] },
        { agentId: 104, callList: [{ callId: floor.ringing, callStatus: 4, callInOut: 0, mediaType: 5 }] },
        { agentId: 105, callList: [] },
      ],
    });
    expect((await cms(app, `${base}/calldata/isprocesscall`, { queryParam: { ccId: 1, vdn: 1, agentId: 104 } })).resultDesc).toBe(true);
    expect((await cms(app, `${base}/calldata/isprocesscall`, { ccId: 1, vdn: 1, agentId: 105 })).resultDesc).toBe(false);
    expect((await cms(app, `${base}/agent/agentprivatecall`, { ccId: 1, vdn: 1, agentId: 103 })).resultDesc).toEqual([]);
  });

  it('12.3.1.3.6 counts the given agents by state', async () => {
    expect((await cms(app, `${base}/agentgroup/teamagentstatusinfo`, { ccId: 1, vdn: 1, agentIds: ids })).resultDesc).toEqual({
      workSubStateBegin: 0, lateAdjust: 0, usable: 1, rest: 1, studying: 0, setBusy: 1, occupy: 0, idle: 1, preoccupy: 0, answering: 1, talking: 1, loginEd: 5,
    });
  });

  it('12.3.1.3.7 details one agent; a signed-out one like the reference example', async () => {
    expect(await cms(app, `${base}/agent/agentbyworkno`, { queryParam: { ccId: 1, vdn: 1, agentId: 101 } })).toEqual({
      resultCode: '0100000',
      resultDesc: { workNo: 101, vdnId: 1, citStatus: 7, name: 'Agent 101', phoneNumber: '70101', loginDate: testEpochMs, currentStateTime: 3, mediaType: 5, status: 3 },
    });
    expect((await cms(app, `${base}/agent/agentbyworkno`, { ccId: 1, vdn: 1, agentId: 107 })).resultDesc).toMatchObject({ citStatus: 0, status: 2, phoneNumber: null, loginDate: 4294967295000, mediaType: 0 });
    expect(await cms(app, `${base}/agent/agentbyworkno`, { ccId: 1, vdn: 1, agentId: 30001 })).toMatchObject({ resultCode: '0100002' });
  });

  it('12.3.1.3.8 and .10 count over the VDN’s agents (a page of them)', async () => {
    expect((await cms(app, `${base}/agentgroup/agentrestinfos`, { queryParam: { ccId: 1, vdn: 1 } })).resultDesc).toEqual({
      allowRestNum: 0,
      onRestNum: 1,
      waitRestNum: 0,
      agentsRestDetails: [{ agentName: 'Agent 102', workNo: 102, beginTime: testEpochMs, restDuration: 600 }],
    });
    expect((await cms(app, `${base}/agentgroup/agentrestinfos`, { ccId: 1, vdn: 1, offset: 2, limit: 5 })).resultDesc.onRestNum).toBe(0);
    expect((await cms(app, `${base}/agentgroup/systemstate`, { ccId: 1, vdn: 1, offset: 0, limit: 100 })).resultDesc).toEqual({ busyAgent: 1, talkingNum: 1, idleAgent: 1, totalLoginAgent: 5 });
    expect((await cms(app, `${base}/agentgroup/systemstate`, { ccId: 1, vdn: 1, offset: 2, limit: 2 })).resultDesc).toEqual({ busyAgent: 0, talkingNum: 1, idleAgent: 0, totalLoginAgent: 2 });
  });

  it('12.3.1.3.11 serves the Table 12-690 indicators with their example types', async () => {
    const indexIds = ['IDX_AGENT_PHONE', 'IDX_AGENT_CURRENT_STATE', 'IDX_DURATION_AGENT_CURRENT_STATE', 'IDX_AGENT_LOGIN_SKILLS'];
    expect(await cms(app, `${base}/agentgroup/rindex`, { cclid: 1, vdn: 1, agentIds: [103, 108], indexIds })).toEqual({
      resultCode: '0100000',
      resultDesc: [
        { idxs: [{ val: '70103', id: indexIds[0] }, { val: 5, id: indexIds[1] }, { val: 2, id: indexIds[2] }, { val: [1], id: indexIds[3] }], id: 103 },
        { idxs: [{ val: '', id: indexIds[0] }, { val: 0, id: indexIds[1] }, { val: 3, id: indexIds[2] }, { val: [1], id: indexIds[3] }], id: 108 },
      ],
    });
    await expectInvalid(app, `${base}/agentgroup/rindex`, [{ ccId: 1, vdn: 1, agentIds: [103], indexIds: ['IDX_NOPE'] }, { ccId: 1, vdn: 1, agentIds: [103], indexIds: [...indexIds, 'IDX_AGENT_PHONE'] }]);
  });

  it('12.3.1.3.13 pages the VDN’s agents by CTI status in envelope C', async () => {
    expect(await cms(app, `${base}/vdn/queryAgentByStatus`, { ccld: '1', vdn: '1', status: '0', limit: 2, offset: 1 })).toEqual({
      returnCode: '0',
      description: 'success',
      data: [
        { agentId: 107, locationId: 65535, currentStateTime: 3, currentState: 0 },
        { agentId: 108, locationId: 65535, currentStateTime: 3, currentState: 0 },
      ],
    });
    expect((await cms(app, `${base}/vdn/queryAgentByStatus`, { ccId: '1', vdn: '1', status: '5', limit: 10, offset: 0 })).data.map((a: any) => a.agentId)).toEqual([103]);
    expect((await cms(app, `${base}/vdn/queryAgentByStatus`, { ccId: '1', vdn: '1', limit: 1001, offset: 0 })).returnCode).toBe('1');
    expect((await cms(app, `${base}/vdn/queryAgentByStatus`, { ccId: '1', vdn: '7', limit: 10, offset: 0 })).returnCode).toBe('0101003');
  });

  it('previous state after signing out: the logout cause and the state before', async () => {
    await floor.agents[4]!.call('DELETE', 'onlineagent/{id}/logout');
    await advance(app, 1_000);
    const [a105] = (await cms(app, `${base}/agentgroup/agentstatusinfobyagentids`, { ccId: 1, vdn: 1, agentIds: [105] })).resultDesc;
    expect(a105).toMatchObject({ currentState: 0, prevState: 1, currentStateTime: 1, logonTime: 4294967295000 });
    expect(a105.currentStateReason).not.toBe(65535);
  });

  it('refuses invalid input with 0100002 and confines tenant keys', async () => {
    await expectInvalid(app, `${base}/agentgroup/agentstatusinfobyagentids`, [{ ccId: 1, vdn: 1, agentIds: [100] }, { ccId: 1, vdn: 1, agentIds: [60000] }, { ccId: 1, vdn: 1, agentIds: [] }]);
    await expectInvalid(app, `${base}/agentgroup/queryagentcalls`, [{ ccId: 1, vdn: 1, agentIds: Array.from({ length: 3001 }, (_, i) => 101 + i) }]);
    await expectInvalid(app, `${base}/agentgroup/agentrestinfos`, [{ ccId: 1, vdn: 1, offset: 0 }, { ccId: 1, vdn: 1, offset: 0, limit: 101 }]);
    await expectInvalid(app, `${base}/agentgroup/systemstate`, [{ ccId: 1, vdn: 1, offset: 0 }, { ccId: 1, vdn: 1, offset: -1, limit: 10 }]);
    await expectTenantConfined(app, `${base}/agentgroup/teamagentstatusinfo`, (vdn) => ({ ccId: 1, vdn, agentIds: [101] }));
    await expectTenantConfined(app, `${base}/agent/queryagentcalls`, (vdn) => ({ ccId: 1, vdn, agentId: vdn === 7 ? 30001 : 101 }));
  });
});
