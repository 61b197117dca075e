// Goal: 12.3.1.2.4 and 12.3.1.2.7 list the calls waiting in a skill, in service order (priority
// first), with their properties. Method: one busy agent, calls through /sim/v1 with priorities.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advance, dial } from '../../../../test/support/gateway-client.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { addOtherTenant, cms, expectInvalid, expectTenantConfined, signInAgents } from '../realtime.test-support.ts';

const single = '/rest/cmsapp/v1/openapi/skill/queuedevicestatus';
const batch = '/rest/cmsapp/v1/openapi/skill/batchmultiskill';
let app: TestApp;
let calls: string[];
beforeAll(async () => {
  app = await createTestApp();
  await addOtherTenant(app);
  const [agent] = await signInAgents(app, [101]);
  await agent!.call('POST', 'onlineagent/{id}/saybusy');
  calls = [await dial(app, '4001')];
  await advance(app, 4_000);
  calls.push(await dial(app, '4001', { priority: 5, caller: '13900000002' }));
  await advance(app, 1_000);
});
afterAll(async () => {
  await app.close();
});

describe('12.3.1.2.4 skill/queuedevicestatus', () => {
  it('lists the waiting calls in service order, higher priority first (envelope A)', async () => {
    const items = [
      { callId: calls[1], requestType: 0, customerLevel: 5 },
      { callId: calls[0], requestType: 0, customerLevel: 0 },
    ];
    expect(await cms(app, single, { ccld: 1, vdn: 1, skillId: 1 })).toEqual({ result: '0', resultCode: '0100000', resultDatas: items, resultDesc: items });
    expect((await cms(app, single, { ccld: 1, vdn: 1, skillId: 2 })).resultDesc).toEqual([]);
  });

  it('refuses invalid input with 0100002 and confines tenant keys', async () => {
    await expectInvalid(app, single, [{ ccId: 1, vdn: 1, skillId: 0 }, { ccId: 1, vdn: 1, skillId: 'abc' }]);
    await expectTenantConfined(app, single, (vdn) => ({ ccId: 1, vdn, skillId: 1 }));
  });
});

describe('12.3.1.2.7 skill/batchmultiskill', () => {
  it('gives each waiting call’s properties per skill, in the example’s form (envelope B)', async () => {
    const reply = await cms(app, batch, { cclId: 1, vdn: 1, skillIds: [2, 1] });
    expect(reply.resultCode).toBe('0100000');
    expect(reply.resultDesc[0]).toEqual({ skillId: 2, callPropertyExs: [] });
    expect(reply.resultDesc[1].callPropertyExs).toEqual([
      { requestType: 0, callPriority: 5, waitTime: 1, callQueueFlag: 1, callId: calls[1], customerLevel: 5, calling: '13900000002', called: '4001', mediaType: 'MEDIA_TYPE_PHONE', orgiCalled: '4001', callInTime: Date.UTC(2026, 0, 5, 8, 0, 4) },
      { requestType: 0, callPriority: 0, waitTime: 5, callQueueFlag: 1, callId: calls[0], customerLevel: 0, calling: '13800000001', called: '4001', mediaType: 'MEDIA_TYPE_PHONE', orgiCalled: '4001', callInTime: Date.UTC(2026, 0, 5, 8, 0, 0) },
    ]);
  });

  it('refuses invalid input with 0100002 and confines tenant keys', async () => {
    await expectInvalid(app, batch, [{ ccId: 1, vdn: 1, skillIds: [2001] }]);
    await expectTenantConfined(app, batch, (vdn) => ({ ccId: 1, vdn, skillIds: [1] }));
  });
});
