// Goal: 12.3.1.2.10 lists the agents signed in to a skill with CMS and CTI status, phone, time in
// state and sign-in time. Method: the issue-9 floor; the reference example request (queryParam).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testEpochMs, type TestApp } from '../../../../test/support/test-app.ts';
import { addOtherTenant, agentFloor, cms, expectInvalid, expectTenantConfined } from '../realtime.test-support.ts';

const url = '/rest/cmsapp/v1/openapi/skill/agentbyconfigedskill';
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await addOtherTenant(app);
});
afterAll(async () => {
  await app.close();
});

describe('12.3.1.2.10 skill/agentbyconfigedskill', () => {
  it('lists the signed-in agents of the skill with their CMS and CTI status (envelope B)', async () => {
    await agentFloor(app);
    const reply = await cms(app, url, { queryParam: { cclId: 1, vdn: 1, skillId: 1 } });
    expect(reply.resultCode).toBe('0100000');
    expect(reply.resultDesc.map((a: any) => [a.workNo, a.status, a.ctiStatus, a.phoneNumber])).toEqual([
      [101, 3, 7, '70101'],
      [102, 8, 8, '70102'],
      [103, 7, 5, '70103'],
      [104, 7, 4, '70104'],
      [105, 4, 1, '70105'],
    ]);
    expect(reply.resultDesc[4]).toEqual({ workNo: 105, name: 'Agent 105', status: 4, ctiStatus: 1, groupId: -1, mediaType: 5, vdnId: 1, phoneNumber: '70105', currentStateTime: 3, loginDate: testEpochMs });
    expect(reply.resultDesc[3].currentStateTime).toBe(1);
  });

  it('answers a skill nobody signed in to with an empty list', async () => {
    expect((await cms(app, url, { ccId: 1, vdn: 1, skillId: 2 })).resultDesc).toEqual([]);
  });

  it('refuses invalid input with 0100002 and confines tenant keys', async () => {
    await expectInvalid(app, url, [{ ccId: 1, vdn: 1, skillId: 0 }, { ccId: 1, vdn: 1, skillId: 2001 }, { ccId: 1, vdn: 1 }]);
    await expectTenantConfined(app, url, (vdn) => ({ ccId: 1, vdn, skillId: 1 }));
  });
});
