// Goal: the pre-8.13 interfaces of §12.3.8.13 answer what their 2.5 successors answer, under the
// documented lowercase names in envelope G, with the same validation and tenant confinement.
// Method: the issue-9 floor (101 busy, 102 rest, 103 talking, 104 ringing, 105 idle) is built
// through the gateway and /sim/v1; each legacy reply is compared with its successor's, field by field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testEpochMs, type TestApp } from '../../../../test/support/test-app.ts';
import { globalKey } from '../../../../test/support/cms-client.ts';
import { addOtherTenant, agentFloor, cms, otherKey } from '../realtime.test-support.ts';

const base = '/rest/cmsapp/v1/openapi';
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await addOtherTenant(app);
  await agentFloor(app); // 08:00:03
});
afterAll(async () => {
  await app.close();
});

/** Envelope G failures: `result` carries the CMS code, `resultDesc` its text. */
async function expectLegacyInvalid(url: string, bodies: readonly unknown[]): Promise<void> {
  for (const body of bodies) {
    const reply = await cms(app, url, body);
    expect(reply, JSON.stringify(body)).toEqual({ result: '0100002', resultDesc: expect.any(String) });
  }
}

/** expectTenantConfined for envelope G, which carries the code in `result` only. */
async function confined(url: string, body: (vdn: number) => Record<string, unknown>): Promise<void> {
  expect((await cms(app, url, body(7))).result).toBe('0101003');
  expect((await cms(app, url, body(1), otherKey)).result).toBe('0101003');
  expect((await cms(app, url, body(2))).result).toBe('0101003');
  expect((await cms(app, url, body(7), otherKey)).result).toBe('0');
  expect((await cms(app, url, body(7), globalKey)).result).toBe('0');
  expect((await cms(app, url, body(1), globalKey)).result).toBe('0');
}

describe('12.3.8.13 interfaces of earlier versions', () => {
  it('12.3.8.13.1 agentgroup/agentbyworkno: the example request, the details of 12.3.1.3.7 in lowercase', async () => {
    const reply = await cms(app, `${base}/agentgroup/agentbyworkno`, { queryParam: { ccId: 1, vdn: 1, agentId: 101 } });
    expect(reply).toEqual({
      result: '0',
      resultDatas: { workno: 101, vdnid: 1, citStatus: 7, name: 'Agent 101', phonenumber: '70101', logindate: testEpochMs, currentstatetime: 3, mediatype: 5, status: 3 },
    });
    // An agent never signed in, as in the reference's example (L65160): status 2, logindate 4294967295000.
    expect((await cms(app, `${base}/agentgroup/agentbyworkno`, { ccId: 1, vdn: 1, agentId: 107 })).resultDatas).toMatchObject({ citStatus: 0, status: 2, phonenumber: null, logindate: 4294967295000, mediatype: 0 });
    await expectLegacyInvalid(`${base}/agentgroup/agentbyworkno`, [
      { ccId: 1, vdn: 1, agentId: 100 },
      { ccId: 1, vdn: 1, agentId: 60000 },
      { ccId: 1, vdn: 1 },
      { ccId: 2, vdn: 1, agentId: 101 },
      { ccId: 1, vdn: 1, agentId: 30001 },
      { ccId: 1, vdn: 0, agentId: 101 },
    ]);
  });

  it('12.3.8.13.2 querymonitor/systemstate: counts over every agent of the VDN, in resultDatas and resultDesc', async () => {
    const counts = { busyagent: 1, talkingnum: 1, idleagent: 1, totalloginagent: 5 };
    expect(await cms(app, `${base}/querymonitor/systemstate`, { queryParam: { cclId: 1, vdn: 1 } })).toEqual({ result: '0', resultDatas: counts, resultDesc: counts });
    await expectLegacyInvalid(`${base}/querymonitor/systemstate`, [{ vdn: 1 }, { ccId: 1 }, { ccId: 1, vdn: 5001 }, { ccId: 1, vdn: 'one' }]);
  });

  it('12.3.8.13.3 agentgroup/agentrestinfo: the rest counts and details of 12.3.1.3.8 in lowercase', async () => {
    expect(await cms(app, `${base}/agentgroup/agentrestinfo`, { queryParam: { cclid: 1, vdn: 1 } })).toEqual({
      result: '0',
      resultDatas: { allowrestnum: 0, onrestnum: 1, waitrestnum: 0, agentsrestdetails: [{ agentname: 'Agent 102', workno: 102, begintime: testEpochMs, restduration: 600 }] },
    });
    await expectLegacyInvalid(`${base}/agentgroup/agentrestinfo`, [{ ccId: 0, vdn: 1 }, { ccId: 1 }]);
  });

  it('12.3.8.13.4 realindex/skill/stateinfo: the 17 fields of Table 12-720, agentSetbusyNums spelled as documented', async () => {
    const [legacy] = (await cms(app, `${base}/realindex/skill/stateinfo`, { queryParam: { cclid: 1, vdn: 1, skillIds: [1, 2] } })).resultDatas;
    const [modern] = (await cms(app, `${base}/skill/stateinfo`, { ccId: 1, vdn: 1, skillIds: [1] })).resultDesc;
    const { agentSetBusyNums, allCallCount, cnndIn20sCallCount, ...same } = modern;
    expect(legacy).toEqual({ ...same, agentSetbusyNums: agentSetBusyNums });
    expect(legacy).toMatchObject({ skillId: 1, agentLoginNums: 5, agentTalkingNums: 1, agentSetbusyNums: 1, agentRestNums: 1, callWaitNums: 0 });
    expect(allCallCount).toBe(2);
    expect(cnndIn20sCallCount).toBe(1);
    const reply = await cms(app, `${base}/realindex/skill/stateinfo`, { ccId: 1, vdn: 1, skillIds: [1, 2] });
    expect(reply.result).toBe('0');
    expect(reply.resultDatas.map((s: { skillId: number }) => s.skillId)).toEqual([1, 2]);
    expect(Object.keys(reply.resultDatas[1]).sort()).toEqual(Object.keys(legacy).sort());
    await expectLegacyInvalid(`${base}/realindex/skill/stateinfo`, [{ ccId: 1, vdn: 1, skillIds: [] }, { ccId: 1, vdn: 1, skillIds: [2001] }, { ccId: 1, vdn: 1 }]);
  });

  it('12.3.8.13.5 agentgroup/agentbyconfiguredskill: the agents of 12.3.1.2.10 in lowercase, phone under both spellings', async () => {
    const legacy = (await cms(app, `${base}/agentgroup/agentbyconfiguredskill`, { queryParam: { ccld: 1, vdn: 1, skillld: 1 } })).resultDatas;
    const modern = (await cms(app, `${base}/skill/agentbyconfigedskill`, { ccId: 1, vdn: 1, skillId: 1 })).resultDesc;
    expect(legacy).toHaveLength(5);
    expect(legacy[2]).toEqual({ workno: 103, name: 'Agent 103', status: 7, ctiStatus: 5, groupid: -1, mediatype: 5, vdnid: 1, phonenum: '70103', phonenummer: '70103', currentstatetime: modern[2].currentStateTime, logindate: testEpochMs });
    expect(legacy.map((a: { status: number }) => a.status)).toEqual(modern.map((a: { status: number }) => a.status));
    await expectLegacyInvalid(`${base}/agentgroup/agentbyconfiguredskill`, [{ ccId: 1, vdn: 1, skillId: 0 }, { ccId: 1, vdn: 1, skillId: 2001 }, { ccId: 1, vdn: 1 }]);
  });

  it('confines a tenant key to its VDN and lets the global key read any', async () => {
    const paths: [string, (vdn: number) => Record<string, unknown>][] = [
      ['agentgroup/agentbyworkno', (vdn) => ({ ccId: 1, vdn, agentId: vdn === 7 ? 30001 : 101 })],
      ['querymonitor/systemstate', (vdn) => ({ ccId: 1, vdn })],
      ['agentgroup/agentrestinfo', (vdn) => ({ ccId: 1, vdn })],
      ['realindex/skill/stateinfo', (vdn) => ({ ccId: 1, vdn, skillIds: [1] })],
      ['agentgroup/agentbyconfiguredskill', (vdn) => ({ ccId: 1, vdn, skillId: 1 })],
    ];
    for (const [path, body] of paths) await confined(`${base}/${path}`, body);
    // The other tenant's key sees its own floor only: agent 30001, never signed in.
    expect((await cms(app, `${base}/querymonitor/systemstate`, { ccId: 1, vdn: 7 }, otherKey)).resultDatas).toEqual({ busyagent: 0, talkingnum: 0, idleagent: 0, totalloginagent: 0 });
    expect((await cms(app, `${base}/agentgroup/agentbyworkno`, { ccId: 1, vdn: 7, agentId: 30001 }, otherKey)).resultDatas).toMatchObject({ workno: 30001, vdnid: 7, status: 2 });
  });
});
