// Goal: 12.3.1.2.6 combines the skill's agent counts with its calls of the current 5 minutes.
// Method: the issue-9 floor on the virtual clock; the reference example request (queryParam).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advance } from '../../../../test/support/gateway-client.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { addOtherTenant, agentFloor, cms, expectInvalid, expectTenantConfined } from '../realtime.test-support.ts';

const url = '/rest/cmsapp/v1/openapi/skill/stateinfo';
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await addOtherTenant(app);
});
afterAll(async () => {
  await app.close();
});

const zero = {
  agentLoginNums: 0,
  agentTalkingNums: 0,
  agentIdleNums: 0,
  agentAvailableNums: 0,
  agentSetBusyNums: 0,
  agentRestNums: 0,
  agentMaxIdleTimeIn5: 0,
  agentWorkNums: 0,
  agentStudyNums: 0,
  agentOccupyNums: 0,
  agentPreOccupyNums: 0,
  totalCallNums: 0,
  processingCallNums: 0,
  maxCallWaitTimeIn5: 0,
  maxCallWaitTimesIn5: 0,
  callWaitNums: 0,
  evenCallTimeIn5: 0,
  evenWaitTimeIn5: 0,
  allCallCount: 0,
  cnndIn20sCallCount: 0,
};

describe('12.3.1.2.6 skill/stateinfo', () => {
  it('answers the reference example in envelope A, a skill without agents all zeros', async () => {
    const reply = await cms(app, url, { queryParam: { ccld: 1, vdn: 1, skillIds: [1, 2] } });
    const items = [
      { skillId: 1, ...zero },
      { skillId: 2, ...zero },
    ];
    expect(reply).toEqual({ result: '0', resultCode: '0100000', resultDatas: items, resultDesc: items });
  });

  it('counts the floor’s agents and the window’s calls', async () => {
    await agentFloor(app); // 08:00:03: 103 answered after 1 s, a call rings at 104, 105 idle for 3 s
    expect((await cms(app, url, { ccId: 1, vdn: 1, skillIds: [1] })).resultDesc[0]).toEqual({
      ...zero,
      skillId: 1,
      agentLoginNums: 5,
      agentTalkingNums: 1,
      agentIdleNums: 1,
      agentAvailableNums: 1,
      agentSetBusyNums: 1,
      agentRestNums: 1,
      agentMaxIdleTimeIn5: 3,
      totalCallNums: 2,
      processingCallNums: 2,
      maxCallWaitTimeIn5: 1,
      maxCallWaitTimesIn5: 1,
      evenWaitTimeIn5: 1,
      allCallCount: 2,
      cnndIn20sCallCount: 1,
    });
    // 08:05:03: the agents, who never polled, were signed out at 08:02 and the waiting call released
    // with them; the new window starts empty.
    await advance(app, 5 * 60_000);
    expect((await cms(app, url, { ccId: 1, vdn: 1, skillIds: [1] })).resultDesc[0]).toEqual({ skillId: 1, ...zero });
  });

  it('refuses invalid input with 0100002 and confines tenant keys', async () => {
    await expectInvalid(app, url, [{ ccId: 1, vdn: 1, skillIds: [2001] }, { ccId: 1, vdn: 1, skillIds: [] }]);
    await expectTenantConfined(app, url, (vdn) => ({ ccId: 1, vdn, skillIds: [1] }));
  });
});
