// Goal: 12.3.2.2 lists the calls nobody answered, pages them for real and filters by wait
// start. Method: the reference morning (call B abandons), plus two more abandoned calls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { cmsRequest } from '../../../../test/support/cms-client.ts';
import { advance, dial, referenceMorning } from '../../../../test/support/history-traffic.ts';

const path = '/rest/cmsapp/v1/callin/queryMissedCalls';
let app: TestApp;
const missed: string[] = [];
beforeAll(async () => {
  app = await createTestApp();
  await referenceMorning(app); // 08:00:10 B abandons at 08:00:40; agent 101 idle from 08:20:10
  await advance(app, 60_000);
  // Two callers while 101 talks to a long call: both give up.
  await dial(app, { talkMs: 600_000 });
  missed.push(await dial(app, { talkMs: 1_000, patienceMs: 5_000 }));
  await advance(app, 10_000);
  missed.push(await dial(app, { talkMs: 1_000, patienceMs: 5_000 }));
  await advance(app, 20 * 60_000);
});
afterAll(async () => {
  await app.close();
});

describe('12.3.2.2 queryMissedCalls', () => {
  it('lists unanswered inbound calls latest first, with total, in envelope D', async () => {
    const res = await cmsRequest(app, path, { vdn: 1, offset: 0, limit: 10 });
    expect(res.body).toMatchObject({ returnCode: '0', returnDesc: 'query success', total: 3 });
    expect(res.body.missedCalls.map((c: { callId: string }) => c.callId).slice(0, 2)).toEqual([missed[1], missed[0]]);
    expect(res.body.missedCalls[2]).toEqual({ callId: expect.any(String), callerNo: expect.stringMatching(/^139/), calleeNo: '4001', waitBegin: '2026-01-05 08:00:10', callEnd: '2026-01-05 08:00:40', mediaType: 5 });
  });

  it('pages with offset and limit, and filters on the wait start in UTC', async () => {
    const page = await cmsRequest(app, path, { vdn: 1, offset: 1, limit: 1 });
    expect(page.body.total).toBe(3);
    expect(page.body.missedCalls.map((c: { callId: string }) => c.callId)).toEqual([missed[0]]);
    const window = await cmsRequest(app, path, { vdn: 1, offset: '0', limit: '5000', beginTime: '2026-01-05 08:00:00', endTime: '2026-01-05 08:10:00' });
    expect(window.body.total).toBe(1);
    expect((await cmsRequest(app, path, { vdn: 1, offset: 3, limit: 10 })).body).toMatchObject({ total: 3, missedCalls: [] });
  });

  it('refuses bad paging, times and a foreign VDN', async () => {
    for (const body of [{ vdn: 1, offset: -1, limit: 1 }, { vdn: 1, offset: 0, limit: 5001 }, { vdn: 1, offset: 0 }, { vdn: 1, offset: 0, limit: 1, beginTime: '2026-01-05' }, { vdn: 1, offset: 0, limit: 1, beginTime: '2026-01-06 00:00:00', endTime: '2026-01-05 00:00:00' }]) {
      const res = await cmsRequest(app, path, body);
      expect(res.status).toBe(200);
      expect(res.body.returnCode, JSON.stringify(body)).not.toBe('0');
    }
    expect((await cmsRequest(app, path, { vdn: 2, offset: 0, limit: 1 })).body).toMatchObject({ returnCode: '0101003' });
  });
});
