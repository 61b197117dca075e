// Goal: 12.3.1.2.11 counts answered-within-15/20 s and lost calls of the current 5 minutes, with
// the lost ones split by how long they waited, and restarts at the boundary (decision 0808).
// Method: three calls through /sim/v1 around 08:05:00 on the virtual clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { addOtherTenant, cms, expectInvalid, expectTenantConfined, threeCallsAroundABoundary } from '../realtime.test-support.ts';

const url = '/rest/cmsapp/v1/openapi/skill/servicequality';
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await addOtherTenant(app);
});
afterAll(async () => {
  await app.close();
});

const zero = { in15sCallNum: 0, wait15sLostNum: 0, callLostNum: 0, in20sCallNum: 0, wait20sLostNum: 0, inCallNum: 0, connectedNum: 0 };

describe('12.3.1.2.11 skill/servicequality', () => {
  it('answers the reference example in envelope B', async () => {
    const reply = await cms(app, url, { cclid: 1, vdn: 1, skillIds: [1] });
    expect(reply).toEqual({ resultCode: '0100000', resultDesc: [{ ...zero, skillId: 1, statStartTime: Date.UTC(2026, 0, 5, 8, 0) }] });
  });

  it('splits the calls of the window by answer and wait, and restarts at 08:05', async () => {
    const { at } = await threeCallsAroundABoundary(app);
    await at('08:03:20'); // C lost after 10 s; A answered at once; B still waiting
    expect((await cms(app, url, { ccId: 1, vdn: 1, skillIds: [1] })).resultDesc[0]).toEqual({
      ...zero,
      skillId: 1,
      statStartTime: Date.UTC(2026, 0, 5, 8, 0),
      inCallNum: 3,
      connectedNum: 1,
      in15sCallNum: 1,
      in20sCallNum: 1,
      callLostNum: 1,
      wait15sLostNum: 1,
      wait20sLostNum: 1,
    });
    await at('08:03:40'); // B lost after 30 s
    expect((await cms(app, url, { ccId: 1, vdn: 1, skillIds: [1] })).resultDesc[0]).toMatchObject({ callLostNum: 2, wait15sLostNum: 1, wait20sLostNum: 1 });
    await at('08:05:00');
    expect((await cms(app, url, { ccId: 1, vdn: 1, skillIds: [1] })).resultDesc[0]).toEqual({ ...zero, skillId: 1, statStartTime: Date.UTC(2026, 0, 5, 8, 5) });
  });

  it('refuses invalid input with 0100002 and confines tenant keys', async () => {
    await expectInvalid(app, url, [{ ccId: 1, vdn: 1, skillIds: [-1] }, { ccId: 1, vdn: 1, skillIds: [1.5] }, { ccId: 1, vdn: 'x', skillIds: [1] }]);
    await expectTenantConfined(app, url, (vdn) => ({ ccId: 1, vdn, skillIds: [1] }));
  });
});
