// Goal: issue 11's "done when", over HTTP: a C2 client creates a predictive campaign on skill 1
// with 200 numbers, a retry policy and a callback URL and starts it; agents 101–105 sign in and
// receive predicted calls (feature 43) whose customers answer; busy numbers are retried after
// their interval; the callback receives each result and the statistics (7.4.7, 12.3.5) add up.
// Method: a whole server on a virtual clock (createTestApp) with the engine's dialer wired in,
// a real HTTP receiver for the 7.6.1 pushes, customers of the simulated network (docs/extensions.md:
// numbers ending 0001 are busy, 0002 do not exist) hanging up 20 s after an agent answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { startCallbackReceiver } from '../../src/api/config-ivr/config-ivr.test-support.ts';
import { createCampaign, isales, v1, v2, v2Campaign } from '../../src/api/outbound/isales-client.test-support.ts';
import { OutboundFloor } from './outbound-floor.ts';
import { cmsRequest } from '../support/cms-client.ts';

let app: TestApp;
let receiver: Awaited<ReturnType<typeof startCallbackReceiver>>;
let floor: OutboundFloor;
let id = 0;

/** 200 numbers: every tenth is busy (…0001), every 25th does not exist (…0002), the rest answer. */
const numberOf = (i: number) => `1391${String(i).padStart(3, '0')}${i % 10 === 3 ? '0001' : i % 25 === 7 ? '0002' : '5555'}`;
const busy = Array.from({ length: 200 }, (_, i) => i).filter((i) => i % 10 === 3).length;
const invalid = Array.from({ length: 200 }, (_, i) => i).filter((i) => i % 10 !== 3 && i % 25 === 7).length;

beforeAll(async () => {
  app = await createTestApp();
  receiver = await startCallbackReceiver(app.clock, () => ({ retCode: '0', retMsg: 'success' }));
  floor = new OutboundFloor(app);
});
afterAll(async () => {
  floor.close();
  await receiver.close();
  await app.close();
});

describe('a predictive campaign end to end', () => {
  it('is created by a C2 client with a retry policy and a callback URL, and takes 200 numbers (7.1.2, 7.4.2)', async () => {
    id = await createCampaign(
      app,
      v2Campaign({
        name: 'done-when',
        initStatus: 1,
        callBackUrl: receiver.url,
        callPolicy: undefined,
        skillParam: { skillId: 1, skillName: 'Voice Skill Queue', outBoundType: 2, predictParam: { predictMethod: 3, connectPredictParam: { maxAvgCallTime: 100, minAvgCallTime: 50, lossRate: 3, waitTime: 5, connRate: 80 } } },
        retryPolicy: { policyType: 0, resultRetry: [{ result: 1, retryNumber: 1, callInterval: 120 }] },
      }),
      'v2',
    );
    for (let batch = 0; batch < 10; batch++) {
      const callDataList = Array.from({ length: 20 }, (_, k) => ({ sessionId: `S${batch * 20 + k}`, called: [{ calledNo: numberOf(batch * 20 + k) }], customField: `batch${batch % 2}` }));
      const res = await isales(app, 'POST', `${v2}/calldata/${id}`, { callDataList });
      expect(res.body.resultCode, res.text).toBe('0200000');
      app.clock.advance(1_000);
    }
    expect((await isales(app, 'GET', `${v1}/${id}`)).body.returnObject).toMatchObject({ status: 3 });
  });

  it('dials predicted calls to agents 101–105 (feature 43) once started (7.1.9)', async () => {
    await floor.signIn([101, 102, 103, 104, 105]);
    expect((await isales(app, 'PUT', `${v1}/${id}/resume`)).body.resultCode).toBe('0200000');
    await floor.run(60_000);
    expect(floor.talked.length).toBeGreaterThanOrEqual(5);
    expect(new Set(floor.talked.map((t) => t.workNo))).toEqual(new Set([101, 102, 103, 104, 105]));
    expect(floor.talked.every((t) => t.feature === '43')).toBe(true);
    // The documented sequence of a predicted call on the agent's desktop (§6.1.3).
    const types = floor.eventTypes(101);
    const offered = types.indexOf('AgentEvent_Auto_Answer');
    expect(offered).toBeGreaterThanOrEqual(0);
    expect(types.indexOf('AgentEvent_Talking')).toBeGreaterThan(offered);
    expect(types.slice(0, types.indexOf('AgentEvent_Talking'))).toContain('AgentOther_PhoneOffhook');
    // The desktop polls the same events (7.6 agent events over 6.1.3 polling).
    const polled = floor.polled.get(101) ?? [];
    expect(polled.find(([t]) => t === 'AgentEvent_Talking')?.[1]).toMatchObject({ feature: '43', caller: '88889527' });
  });

  // Slow only when the machine is busy: about 1,000 steps of the server's virtual time.
  it('dials the whole list, retries the busy numbers once after 120 s, and pushes every result', { timeout: 180_000 }, async () => {
    await floor.run(30 * 60_000, 2_000);
    const detail = await isales(app, 'POST', `${v1}/callresult/${id}`, { showDetail: 1, pageSize: 100, pageNum: 1 });
    const attempts = detail.body.totalCount as number;
    expect(attempts).toBe(200 + busy);
    const final = await isales(app, 'POST', `${v1}/callresult/${id}`, { pageSize: 500, pageNum: 1 });
    expect(final.body.totalCount).toBe(200);
    const pushed = receiver.received.flatMap((r) => JSON.parse(r.body) as Array<Record<string, unknown>>);
    expect(pushed).toHaveLength(attempts);
    const byCall = new Map(pushed.map((p) => [p.callId, p]));
    expect(byCall.size).toBe(attempts);
    const busyPushes = pushed.filter((p) => p.failCode === '00537');
    expect(busyPushes).toHaveLength(2 * busy);
    // Each busy number's second attempt followed its first by the policy's interval at least.
    const first = new Map<unknown, number>();
    for (const p of busyPushes) {
      const at = Date.parse(`${String(p.callTimeStr).replace(' ', 'T')}Z`);
      if (!first.has(p.called)) first.set(p.called, at);
      else expect(at - first.get(p.called)!).toBeGreaterThanOrEqual(120_000);
    }
    expect(pushed.filter((p) => p.callStatus === 6)).toHaveLength(200 - busy - invalid);
    expect(pushed.filter((p) => p.callStatus === 6).every((p) => typeof p.recordPath === 'string' && p.recordPath !== '')).toBe(true);
  });

  it('adds up in 7.4.7 statistics', async () => {
    const res = await isales(app, 'GET', `${v2}/statistics?campaignId=${id}`);
    expect(res.status).toBe(200);
    expect(res.body.countDetail[0]).toMatchObject({ campaignId: String(id), totalCount: 200, unCallCount: 0, totalCalledCount: 200 + busy, totalCallSucc: 200 - busy - invalid, totalFinishCount: 200 });
    const batches = res.body.countDetail[0].batchDetail as Array<{ batchId: string; totalCount: number }>;
    expect(batches.map((b) => b.totalCount).reduce((a, b) => a + b, 0)).toBe(200);
  });

  it('adds up in the CC-CMS task statistics (12.3.5.2, 12.3.5.3)', async () => {
    const connected = 200 - busy - invalid;
    const day = await cmsRequest(app, '/rest/cmsapp/v1/openapi/fromisales/dailystatistic', { vdn: 1, taskId: String(id), beginDayTime: '2026-01-05', endDayTime: '2026-01-05' });
    expect(day.body.resultDesc).toEqual([{ statDate: '2026-01-05', totalCount: 200 + busy, succCount: connected, succRate: `${Math.round((connected * 1000) / (200 + busy)) / 10}%` }]);
    const now = await cmsRequest(app, '/rest/cmsapp/v1/openapi/fromisales/realstatistic', { vdn: 1, taskId: String(id) });
    expect(now.body.resultDesc).toMatchObject({ totalCount: 200, succCount: connected, failCount: busy + invalid, compCount: 200, waitCount: 0, execCount: 0, compRate: '100%' });
  });
});
