// Goal: 12.3.1.2.3 reports what happened to the skill's calls in the current UTC-aligned 5-minute
// window, and starts again at the boundary (decision 0808).
// Method: three calls through /sim/v1 around 08:05:00 on the virtual clock; query before and after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { addOtherTenant, cms, expectInvalid, expectTenantConfined, threeCallsAroundABoundary } from '../realtime.test-support.ts';

const url = '/rest/cmsapp/v1/openapi/skill/currentcallstateinfo';
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await addOtherTenant(app);
});
afterAll(async () => {
  await app.close();
});

const zero = { allCallCount: 0, cnndCallCount: 0, cnnedCallCount: 0, abanCallCount: 0, callEndCount: 0, talkTimeOnIvr: 0, cnndIn20sCallCount: 0, cnnedIn20sCallCount: 0, clearUpCallCount: 0, clearUpTime: 0 };

describe('12.3.1.2.3 skill/currentcallstateinfo', () => {
  it('answers the reference example with zeros on a quiet center, both key spellings, in envelope A', async () => {
    const reply = await cms(app, url, { cclId: 1, vdn: 1, skillIds: [1, 2] });
    const startTime = Date.UTC(2026, 0, 5, 8, 0);
    const items = [
      { id: 1, startTime, ...zero },
      { id: 2, startTime, ...zero },
    ];
    expect(reply).toEqual({ result: '0', resultCode: '0100000', resultDatas: items, resultDesc: items });
  });

  it('counts inbound, connected, lost, ended and wrap-ups in the current window, and restarts at 08:05', async () => {
    const { at } = await threeCallsAroundABoundary(app);
    await at('08:03:40');
    const before = (await cms(app, url, { ccId: 1, vdn: 1, skillIds: [1] })).resultDesc[0];
    expect(before).toEqual({ ...zero, id: 1, startTime: Date.UTC(2026, 0, 5, 8, 0), allCallCount: 3, cnndCallCount: 1, cnnedCallCount: 1, abanCallCount: 2, callEndCount: 2, cnndIn20sCallCount: 1, cnnedIn20sCallCount: 1 });
    await at('08:04:45'); // A ended at 08:04:30 after 90 s of talk; its wrap-up runs
    expect((await cms(app, url, { ccId: 1, vdn: 1, skillIds: [1] })).resultDesc[0]).toMatchObject({ allCallCount: 3, callEndCount: 3, clearUpCallCount: 0 });
    await at('08:05:10'); // the wrap-up (30 s) ended at 08:05:00.3, in the new window
    const after = (await cms(app, url, { ccId: 1, vdn: 1, skillIds: [1] })).resultDesc[0];
    expect(after).toEqual({ ...zero, id: 1, startTime: Date.UTC(2026, 0, 5, 8, 5), clearUpCallCount: 1, clearUpTime: 30 });
  });

  it('refuses invalid input with 0100002 and confines tenant keys', async () => {
    await expectInvalid(app, url, [{ ccId: 1, vdn: 1, skillIds: [2001] }, { ccId: 1, vdn: 5001, skillIds: [1] }, { ccId: 65536, vdn: 1, skillIds: [1] }, { ccId: 1, vdn: 1 }]);
    await expectTenantConfined(app, url, (vdn) => ({ ccId: 1, vdn, skillIds: [1] }));
  });
});
