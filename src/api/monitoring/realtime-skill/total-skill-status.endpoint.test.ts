// Goal: 12.3.1.2.2 shows each skill's queue, its longest-waiting call (or the empty sentinel) and
// its signed-in and available agents as they are now.
// Method: one agent, one call talking and one waiting through /sim/v1; the reference example shape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advance, dial } from '../../../../test/support/gateway-client.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { addOtherTenant, cms, expectInvalid, expectTenantConfined, signInAgents } from '../realtime.test-support.ts';

const url = '/rest/cmsapp/v1/openapi/skill/totalskillstatusex3';
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await addOtherTenant(app);
});
afterAll(async () => {
  await app.close();
});

describe('12.3.1.2.2 skill/totalskillstatusex3', () => {
  it('answers the reference example with empty queues and the sentinel call id, in envelope A', async () => {
    const reply = await cms(app, url, { ccld: 1, vdn: 1, skillIds: [1, 2] });
    const items = [
      { skillId: 1, queueSize: 0, loggedOnAgents: 0, queueTime: 0, availAgents: 0, skillDescrip: 'Voice', callId: '4294967295-4294967295', maxQueueSize: 1000 },
      { skillId: 2, queueSize: 0, loggedOnAgents: 0, queueTime: 0, availAgents: 0, skillDescrip: 'Chat', callId: '4294967295-4294967295', maxQueueSize: 1000 },
    ];
    expect(reply).toEqual({ result: '0', resultCode: '0100000', resultDatas: items, resultDesc: items });
  });

  it('shows the queued call that waited longest and the agents signed in and available', async () => {
    await signInAgents(app, [101]);
    await dial(app, '4001', { talkSeconds: 600 }); // rings at 101 (manual answer): not queued
    await advance(app, 2_000);
    const waiting = await dial(app, '4001');
    await advance(app, 7_000);
    await dial(app, '4001');
    await advance(app, 1_000);
    const [voice] = (await cms(app, url, { ccId: 1, vdn: 1, skillIds: [1] })).resultDesc;
    expect(voice).toEqual({ skillId: 1, queueSize: 2, loggedOnAgents: 1, queueTime: 8, availAgents: 0, skillDescrip: 'Voice', callId: waiting, maxQueueSize: 1000 });
  });

  it('answers an id the VDN lacks with an empty queue', async () => {
    expect((await cms(app, url, { ccId: 1, vdn: 1, skillIds: [77] })).resultDesc).toEqual([{ skillId: 77, queueSize: 0, loggedOnAgents: 0, queueTime: 0, availAgents: 0, skillDescrip: '', callId: '4294967295-4294967295', maxQueueSize: 0 }]);
  });

  it('refuses invalid input with 0100002 and confines tenant keys', async () => {
    await expectInvalid(app, url, [{ ccId: 1, vdn: 1, skillIds: [2001] }, { ccId: 1, vdn: 1, skillIds: [null] }]);
    await expectTenantConfined(app, url, (vdn) => ({ ccId: 1, vdn, skillIds: [1] }));
  });
});
