// Goal: 12.3.1.2.5 reports the limits the engine applies to each skill queue.
// Method: the reference example against the demo tenant's skills (5.2.1 configuration).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { addOtherTenant, cms, expectInvalid, expectTenantConfined } from '../realtime.test-support.ts';

const url = '/rest/cmsapp/v1/openapi/skill/skillcfginfo';
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await addOtherTenant(app);
});
afterAll(async () => {
  await app.close();
});

describe('12.3.1.2.5 skill/skillcfginfo', () => {
  it('answers the reference example with the configured limits, in envelope A', async () => {
    const reply = await cms(app, url, { cclid: 1, vdn: 1, skilllds: [1, 2] });
    const limits = { maxHoldCallNum: 8, maxTalkTime: 86400, maxAgentWrapupTime: 30, maxWaitTime: 600, maxCallNum: 1000, maxAnswerWaitTime: 15 };
    const items = [
      { skillId: 1, ...limits, maxRestAgentNum: 10 },
      { skillId: 2, ...limits, maxRestAgentNum: 0 },
    ];
    expect(reply).toEqual({ result: '0', resultCode: '0100000', resultDatas: items, resultDesc: items });
    expect(Object.keys(reply.resultDesc[0])).toEqual(['skillId', 'maxHoldCallNum', 'maxTalkTime', 'maxAgentWrapupTime', 'maxWaitTime', 'maxRestAgentNum', 'maxCallNum', 'maxAnswerWaitTime']);
  });

  it('reads each tenant its own configuration', async () => {
    expect((await cms(app, url, { ccId: 1, vdn: 7, skillIds: [1] }, { accessKey: 'cms-other-ak', secretKey: 'cms-other-sk' })).resultDesc[0]).toMatchObject({ maxWaitTime: 60, maxCallNum: 10, maxAgentWrapupTime: 5, maxRestAgentNum: 1 });
  });

  it('refuses invalid input with 0100002 and confines tenant keys', async () => {
    await expectInvalid(app, url, [{ ccId: 1, vdn: 1, skillIds: [0] }, { ccId: 1, vdn: 1, skillIds: {} }]);
    await expectTenantConfined(app, url, (vdn) => ({ ccId: 1, vdn, skillIds: [1] }));
  });
});
