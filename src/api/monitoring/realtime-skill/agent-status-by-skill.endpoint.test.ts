// Goal: 12.3.1.2.9 counts the agents of the given skills by state, once each, with the
// isSkillAllMatch rule. Method: the issue-9 floor (101 busy, 102 rest, 103 talking, 104 ringing,
// 105 idle) and the reference example's shape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { addOtherTenant, agentFloor, cms, expectInvalid, expectTenantConfined } from '../realtime.test-support.ts';

const url = '/rest/cmsapp/v1/openapi/skill/agentstatusbyskill';
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await addOtherTenant(app);
});
afterAll(async () => {
  await app.close();
});

const none = { workSubStateBegin: 0, lateAdjust: 0, usable: 0, rest: 0, studying: 0, setBusy: 0, occupy: 0, idle: 0, preoccupy: 0, answering: 0, talking: 0, loginEd: 0, callOut: 0 };

describe('12.3.1.2.9 skill/agentstatusbyskill', () => {
  it('answers one object (envelope A) with zeros before anyone signs in', async () => {
    expect(await cms(app, url, { ccId: 1, vdn: 1, skillIds: [1, 2], isSkillAllMatch: 'true' })).toEqual({ result: '0', resultCode: '0100000', resultDatas: none, resultDesc: none });
  });

  it('counts each signed-in agent of the skills once, in its state', async () => {
    await agentFloor(app);
    const counts = { ...none, loginEd: 5, setBusy: 1, rest: 1, talking: 1, answering: 1, idle: 1, usable: 1 };
    expect((await cms(app, url, { ccId: 1, vdn: 1, skillIds: [1, 2] })).resultDesc).toEqual(counts);
    expect((await cms(app, url, { ccId: 1, vdn: 1, skillIds: [1], isSkillAllMatch: 'true' })).resultDesc).toEqual(counts);
    expect((await cms(app, url, { ccId: 1, vdn: 1, skillIds: [1, 2], isSkillAllMatch: 'true' })).resultDesc).toEqual(none);
    expect((await cms(app, url, { ccId: 1, vdn: 1, skillIds: [2] })).resultDesc).toEqual(none);
  });

  it('refuses invalid input with 0100002 and confines tenant keys', async () => {
    await expectInvalid(app, url, [{ ccId: 1, vdn: 1, skillIds: [1], isSkillAllMatch: 'maybe' }, { ccId: 1, vdn: 1, skillIds: [0] }]);
    await expectTenantConfined(app, url, (vdn) => ({ ccId: 1, vdn, skillIds: [1] }));
  });
});
