// Goal: the ends of a campaign's work with the engine's dialer (issue 11): the campaign's
// strEndTime passing mid-list completes it (status 4) and closes what was not dialled; a 7.7.1
// business result with busiPolicy 2 has the same number dialled again, for the agent named.
// Method: a whole server on a virtual clock, agents of the demo tenant, simulated customers that
// answer (docs/extensions.md) and hang up 20 s after the agent answers.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { createCampaign, isales, v1, v2, v2Campaign } from '../../src/api/outbound/isales-client.test-support.ts';
import { OutboundFloor } from './outbound-floor.ts';

const opened: Array<{ app: TestApp; floor: OutboundFloor }> = [];
afterEach(async () => {
  for (const { app, floor } of opened.splice(0)) {
    floor.close();
    await app.close();
  }
});

async function server(): Promise<{ app: TestApp; floor: OutboundFloor }> {
  const app = await createTestApp();
  const floor = new OutboundFloor(app);
  opened.push({ app, floor });
  return { app, floor };
}

const skillParam = { skillId: 1, skillName: 'Voice Skill Queue', outBoundType: 6 };

describe('the end of a campaign', () => {
  it('completes when strEndTime passes mid-list: nothing is dialled after it and the rest is closed', async () => {
    const { app, floor } = await server();
    const id = await createCampaign(app, v2Campaign({ name: 'ends', deviceType: 6, initStatus: 1, strEndTime: '2026-01-05 08:01:00', callPolicy: undefined, skillParam, retryPolicy: { policyType: 0, retryDay: 1, retryTimes: 1, callInterval: 60 } }), 'v2');
    const numbers = Array.from({ length: 10 }, (_, i) => ({ sessionId: `E${i}`, called: [{ calledNo: `1392300${i}5555` }] }));
    expect((await isales(app, 'POST', `${v2}/calldata/${id}`, { callDataList: numbers })).body.resultCode).toBe('0200000');
    await floor.signIn([101]);
    expect((await isales(app, 'PUT', `${v1}/${id}/resume`)).body.resultCode).toBe('0200000');
    await floor.run(5 * 60_000, 2_000);
    expect((await isales(app, 'GET', `${v1}/${id}`)).body.returnObject.status).toBe(4);
    const results = (await isales(app, 'POST', `${v1}/callresult/${id}`, { showDetail: 1, pageSize: 100, pageNum: 1 })).body.data as Array<{ callTimeStr: string }>;
    // One agent talks 20 s a call: three calls fit before 08:01; none starts after.
    expect(results.length).toBeGreaterThanOrEqual(2);
    expect(results.length).toBeLessThan(10);
    expect(results.every((r) => r.callTimeStr <= '2026-01-05 08:01:00')).toBe(true);
    const states = await app.services.repos.isalesCallData.counts(1, id, 0);
    expect(states.filter((s) => s.state === 'cancelled').reduce((n, s) => n + s.n, 0)).toBe(10 - results.length);
  });
});

describe('7.7.1 business result write-back with the engine dialer', () => {
  it('busiPolicy 2 dials the same number again after its interval, to the agent named', async () => {
    const { app, floor } = await server();
    const retryPolicy = { policyType: 0, retryDay: 1, retryTimes: 3, callInterval: 60, busiPolicy: "[{'busiResultCode':'B1','busiResultPolicy':2,'callInterval':120}]" };
    const id = await createCampaign(app, v2Campaign({ name: 'write-back', deviceType: 6, initStatus: 1, callPolicy: undefined, skillParam, retryPolicy }), 'v2');
    expect((await isales(app, 'POST', `${v2}/calldata/${id}`, { callDataList: [{ sessionId: 'W', called: [{ calledNo: '13924005555' }] }] })).body.resultCode).toBe('0200000');
    expect((await isales(app, 'POST', `${v1}/addBusinessResult`, { name: 'Call back', code: 'B1', children: [{ name: 'Later', code: 'S1' }] })).body.resultCode).toBe('0200000');
    await floor.signIn([101, 102]);
    expect((await isales(app, 'PUT', `${v1}/${id}/resume`)).body.resultCode).toBe('0200000');
    await floor.run(60_000);
    expect(floor.talked).toHaveLength(1);
    const [first] = (await isales(app, 'POST', `${v1}/callresult/${id}`, { showDetail: 1 })).body.data as Array<{ callId: string; callStatus: number }>;
    expect(first!.callStatus).toBe(6);
    const record = (await app.services.repos.isalesResults.byCallId(1, first!.callId))!;
    const res = await isales(app, 'POST', `${v1}/callBusiResult/${record.dataId}`, { busiResult: 'B1', subStatus: 'S1', busiResultDesc: 'call back', workNo: '102' });
    expect(res.body.resultCode, res.text).toBe('0200000');
    await floor.run(100_000, 2_000);
    expect(floor.talked).toHaveLength(1);
    await floor.run(60_000, 2_000);
    expect(floor.talked).toHaveLength(2);
    expect(floor.talked[1]).toMatchObject({ workNo: 102, feature: '41' });
    expect(floor.talked[1]!.atMs - floor.talked[0]!.atMs).toBeGreaterThanOrEqual(120_000);
  });
});
