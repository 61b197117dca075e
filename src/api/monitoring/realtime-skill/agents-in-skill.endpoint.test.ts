// Goal: 12.3.1.2.1 lists the agents signed in to each skill, in the reference's envelope A.
// Method: the reference example (queryParam wrapper) against a server where 101 and 102 signed in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { addOtherTenant, cms, expectInvalid, expectTenantConfined, signInAgents } from '../realtime.test-support.ts';

const url = '/rest/cmsapp/v1/openapi/realindex/agent/agentsinskill';
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await addOtherTenant(app);
  await signInAgents(app, [102, 101]);
});
afterAll(async () => {
  await app.close();
});

describe('12.3.1.2.1 realindex/agent/agentsinskill', () => {
  it('answers the reference example with the signed-in agents per skill, ascending, in envelope A', async () => {
    const reply = await cms(app, url, { queryParam: { ccId: 1, vdn: 1, skillIds: [1, 2] } });
    const items = [
      { skillId: 1, agentIds: [101, 102] },
      { skillId: 2, agentIds: [] },
    ];
    expect(reply).toEqual({ result: '0', resultCode: '0100000', resultDatas: items, resultDesc: items });
  });

  it('accepts the misprinted keys and string numbers, and answers a repeated or unknown skill once, empty', async () => {
    const reply = await cms(app, url, { cclId: '1', vdn: '1', skilllds: [1999, '1', 1] });
    expect(reply.resultDesc).toEqual([
      { skillId: 1999, agentIds: [] },
      { skillId: 1, agentIds: [101, 102] },
    ]);
  });

  it('refuses invalid ids, too many ids and missing fields with 0100002', async () => {
    await expectInvalid(app, url, [
      { ccId: 1, vdn: 1, skillIds: [0] },
      { ccId: 1, vdn: 1, skillIds: [2001] },
      { ccId: 1, vdn: 1, skillIds: [] },
      { ccId: 1, vdn: 1, skillIds: Array.from({ length: 1001 }, (_, i) => (i % 2000) + 1) },
      { ccId: 1, skillIds: [1] },
      { vdn: 1, skillIds: [1] },
      { ccId: 1, vdn: 0, skillIds: [1] },
      { ccId: 2, vdn: 1, skillIds: [1] },
      { ccId: 1, vdn: 1, skillIds: 'x' },
    ]);
  });

  it('confines a tenant key to its own VDN', async () => {
    await expectTenantConfined(app, url, (vdn) => ({ ccId: 1, vdn, skillIds: [1] }));
    expect((await cms(app, url, { ccId: 1, vdn: 7, skillIds: [1] }, { accessKey: 'cms-other-ak', secretKey: 'cms-other-sk' })).resultDesc).toEqual([{ skillId: 1, agentIds: [] }]);
  });
});
