// Goal: 12.3.1.3.12 returns the agent's operation records of a UTC window (a multiple of 15 min,
// at most 24 h) from the durable journal, in the example's form. Method: 101 signs in, goes busy,
// then idle; the reference example request (cclid, operateType) against that journal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advance } from '../../../../test/support/gateway-client.ts';
import { globalKey } from '../../../../test/support/cms-client.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { addOtherTenant, cms, expectInvalid, otherKey, signInAgents } from '../realtime.test-support.ts';

const url = '/rest/cmsapp/v1/openapi/agent/agentoprinfo';
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await addOtherTenant(app);
  const [agent] = await signInAgents(app, [101]);
  await advance(app, 60_000);
  await agent!.call('POST', 'onlineagent/{id}/saybusy');
  await advance(app, 30_000);
  await agent!.call('POST', 'onlineagent/{id}/cancelbusy');
  await advance(app, 1_000);
});
afterAll(async () => {
  await app.close();
});

describe('12.3.1.3.12 agent/agentoprinfo', () => {
  it('returns the records overlapping the window, with ISO +0000 times and null sn fields', async () => {
    const reply = await cms(app, url, { currentAgentId: 101, beginTime: '2026-01-05 08:00:00', endTime: '2026-01-05 08:15:00', cclid: 1 });
    expect(reply.resultCode).toBe('0100000');
    const busy = reply.resultDesc.find((r: any) => r.operateType === 3);
    expect(busy).toMatchObject({ currentAgentId: 101, vdn: 1, beginTime: '2026-01-05T08:01:00.000+0000', endTime: '2026-01-05T08:01:30.000+0000', locationId: null, logonSn: expect.anything() });
    expect(reply.resultDesc.map((r: any) => r.operateType)).toEqual(expect.arrayContaining([1, 2, 3]));
    const onlyBusy = await cms(app, url, { currentAgentId: 101, operateType: 3, beginTime: '2026-01-05 08:00:00', endTime: '2026-01-06 08:00:00' });
    expect(onlyBusy.resultDesc.map((r: any) => r.operateType)).toEqual([3]);
    expect((await cms(app, url, { currentAgentId: 101, beginTime: '2026-01-05 09:00:00', endTime: '2026-01-05 09:15:00' })).resultDesc).toEqual([]);
  });

  it('reads the agent’s own tenant: a tenant key may not read another tenant’s agent', async () => {
    expect(await cms(app, url, { currentAgentId: 101, beginTime: '2026-01-05 08:00:00', endTime: '2026-01-05 08:15:00' }, otherKey)).toMatchObject({ resultCode: '0101003' });
    expect((await cms(app, url, { currentAgentId: 101, beginTime: '2026-01-05 08:00:00', endTime: '2026-01-05 08:15:00' }, globalKey)).resultDesc.length).toBeGreaterThan(0);
  });

  it('refuses windows that are not a multiple of 15 minutes, exceed 24 hours or are malformed with 0100002', async () => {
    await expectInvalid(app, url, [
      { currentAgentId: 101, beginTime: '2026-01-05 08:00:00', endTime: '2026-01-05 08:10:00' },
      { currentAgentId: 101, beginTime: '2026-01-05 08:00:00', endTime: '2026-01-06 08:15:00' },
      { currentAgentId: 101, beginTime: '2026-01-05 08:15:00', endTime: '2026-01-05 08:00:00' },
      { currentAgentId: 101, beginTime: '2026-01-05T08:00:00Z', endTime: '2026-01-05 08:15:00' },
      { currentAgentId: 101, beginTime: '2026-02-30 08:00:00', endTime: '2026-02-30 08:15:00' },
      { currentAgentId: 100000, beginTime: '2026-01-05 08:00:00', endTime: '2026-01-05 08:15:00' },
      { beginTime: '2026-01-05 08:00:00', endTime: '2026-01-05 08:15:00' },
    ]);
  });
});
