// Goal: 12.3.1.2.8 answers each skill with its overload details, which stay empty because the
// ACD queues a call in one skill at a time. Method: the reference example.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { addOtherTenant, cms, expectInvalid, expectTenantConfined } from '../realtime.test-support.ts';

const url = '/rest/cmsapp/v1/openapi/skill/batchskilloverload';
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await addOtherTenant(app);
});
afterAll(async () => {
  await app.close();
});

describe('12.3.1.2.8 skill/batchskilloverload', () => {
  it('answers the reference example in envelope A', async () => {
    const items = [
      { skillId: 1, overloadDetails: [] },
      { skillId: 2, overloadDetails: [] },
    ];
    expect(await cms(app, url, { ccId: 1, vdn: 1, skillIds: [1, 2] })).toEqual({ result: '0', resultCode: '0100000', resultDatas: items, resultDesc: items });
  });

  it('refuses invalid input with 0100002 and confines tenant keys', async () => {
    await expectInvalid(app, url, [{ ccId: 1, vdn: 1, skillIds: [2001] }, { ccId: 1, skillIds: [1] }]);
    await expectTenantConfined(app, url, (vdn) => ({ ccId: 1, vdn, skillIds: [1] }));
  });
});
