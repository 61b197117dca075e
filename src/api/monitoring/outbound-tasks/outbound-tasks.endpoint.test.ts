// Goal: the CC-CMS task interfaces (§12.3.5.1–.3) read the tenant's CC-iSales campaigns and count
// what the engine's dialer actually did — attempts per VDN-local day, records completed, waiting
// and in progress — with the reference's request shapes, every validation rule and CMS code, and
// tenant isolation; and the VDN's time zone moves calling windows and statistics days.
// Method: a whole server on a virtual clock; campaigns created and started over the iSales API,
// dialled to simulated customers (docs/extensions.md) and agents of the demo tenant.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTenant } from '../../../tenancy/index.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { cmsRequest, globalKey } from '../../../../test/support/cms-client.ts';
import { OutboundFloor } from '../../../../test/scenario/outbound-floor.ts';
import { createCampaign, isales, v1, v2, v2Campaign } from '../../outbound/isales-client.test-support.ts';

const tasks = '/rest/cmsapp/v1/openapi/fromisales/querytasks';
const daily = '/rest/cmsapp/v1/openapi/fromisales/dailystatistic';
const real = '/rest/cmsapp/v1/openapi/fromisales/realstatistic';

let app: TestApp;
let floor: OutboundFloor;
let predictive = 0;
let progressive = 0;

async function addNumbers(target: TestApp, id: number, numbers: string[]) {
  const res = await isales(target, 'POST', `${v2}/calldata/${id}`, { callDataList: numbers.map((n, i) => ({ sessionId: `T${i}`, called: [{ calledNo: n }] })) });
  expect(res.body.resultCode, res.text).toBe('0200000');
  target.clock.advance(1_000);
}

beforeAll(async () => {
  app = await createTestApp();
  floor = new OutboundFloor(app);
  predictive = await createCampaign(app, v2Campaign({ name: 'tasks-predictive', initStatus: 1, callPolicy: undefined, retryPolicy: { policyType: 0, resultRetry: [{ result: 1, retryNumber: 1, callInterval: 60 }] } }), 'v2');
  progressive = await createCampaign(app, v2Campaign({ name: 'tasks-progressive', deviceType: 6, initStatus: 1, callPolicy: undefined, retryPolicy: { policyType: 0, retryDay: 1, retryTimes: 1, callInterval: 60 }, skillParam: { skillId: 1, skillName: 'Voice Skill Queue', outBoundType: 6 } }), 'v2');
  // Four answer, one is busy (retried once), one does not exist.
  await addNumbers(app, predictive, ['13980005555', '13980015555', '13980025555', '13980035555', '13980040001', '13980050002']);
  await addNumbers(app, progressive, ['13981005555', '13981015555']);
  await floor.signIn([101, 102]);
  expect((await isales(app, 'PUT', `${v1}/${predictive}/resume`)).body.resultCode).toBe('0200000');
  await floor.run(10 * 60_000, 2_000);
}, 180_000);
afterAll(async () => {
  floor.close();
  await app.close();
});

describe('12.3.5.1 fromisales/querytasks', () => {
  it('lists the tenant campaigns as tasks, newest first as 7.1.5 does, with Table 12-640 types and their status', async () => {
    const res = await cmsRequest(app, tasks, { cclid: 1, vdn: 1, limit: 10, offset: 0 });
    expect(res.body.resultCode).toBe('0100000');
    expect(res.body.resultDesc.count).toBe(2);
    expect(res.body.resultDesc.tasks).toEqual([
      { taskId: String(progressive), taskName: 'tasks-progressive', taskType: '4', beginDate: '2026-01-05', endDate: '2026-01-28', status: '3' },
      { taskId: String(predictive), taskName: 'tasks-predictive', taskType: '2', beginDate: '2026-01-05', endDate: '2026-01-28', status: '2' },
    ]);
  });

  it('pages by limit and offset (default 10 from 0); the global key reads any VDN', async () => {
    expect((await cmsRequest(app, tasks, { vdn: 1, limit: 1, offset: 1 })).body.resultDesc).toEqual({ count: 2, tasks: [expect.objectContaining({ taskId: String(predictive) })] });
    expect((await cmsRequest(app, tasks, { vdn: 1 }, { key: globalKey })).body.resultDesc.tasks).toHaveLength(2);
  });

  it.each([
    ['a limit over 100', { vdn: 1, limit: 101 }, '0100002'],
    ['a negative offset', { vdn: 1, offset: -1 }, '0100002'],
    ['no vdn', { limit: 10 }, '0100002'],
    ['another call center', { vdn: 1, ccId: 89 }, '0100002'],
    ['another VDN with a tenant key', { vdn: 7 }, '0101003'],
  ])('refuses %s', async (_label, body, code) => {
    expect((await cmsRequest(app, tasks, body)).body.resultCode).toBe(code);
  });
});

describe('12.3.5.2 fromisales/dailystatistic', () => {
  it('counts the day of the attempts the dialer made: 6 first attempts and the busy retry, 4 connected', async () => {
    const res = await cmsRequest(app, daily, { vdn: 1, ccld: 1, taskId: String(predictive), beginDayTime: '2026-01-04', endDayTime: '2026-01-06' });
    expect(res.body).toEqual({ resultCode: '0100000', resultDesc: [{ statDate: '2026-01-05', totalCount: 7, succCount: 4, succRate: '57.1%' }] });
    // The day agrees with the attempts 7.5.1 lists.
    expect((await isales(app, 'POST', `${v1}/callresult/${predictive}`, { showDetail: 1, pageSize: 100, pageNum: 1 })).body.totalCount).toBe(7);
  });

  it('answers no rows for a task not dialled and days without calls', async () => {
    expect((await cmsRequest(app, daily, { vdn: 1, taskId: progressive, beginDayTime: '2026-01-05', endDayTime: '2026-01-05' })).body.resultDesc).toEqual([]);
    expect((await cmsRequest(app, daily, { vdn: 1, taskId: String(predictive), beginDayTime: '2026-01-06', endDayTime: '2026-01-07' })).body.resultDesc).toEqual([]);
  });

  it.each([
    ['an unknown task', { taskId: '999999' }, '0100002'],
    ['a task id of letters', { taskId: 'abc' }, '0100002'],
    ['a task id over 30 characters', { taskId: '1'.repeat(31) }, '0100002'],
    ['a bad date', { beginDayTime: '2026/01/05' }, '0100002'],
    ['an impossible date', { endDayTime: '2026-02-30' }, '0100002'],
    ['an end before the begin', { beginDayTime: '2026-01-06', endDayTime: '2026-01-05' }, '0100002'],
    ['more than 31 days', { beginDayTime: '2025-12-01', endDayTime: '2026-01-05' }, '0100002'],
    ['another VDN', { vdn: 7 }, '0101003'],
  ])('refuses %s', async (_label, over, code) => {
    const body = { vdn: 1, taskId: String(predictive), beginDayTime: '2026-01-05', endDayTime: '2026-01-05', ...over };
    expect((await cmsRequest(app, daily, body)).body.resultCode).toBe(code);
  });
});

describe('12.3.5.3 fromisales/realstatistic', () => {
  it('counts the records: all completed, 4 succeeded, 2 failed', async () => {
    const res = await cmsRequest(app, real, { ccld: '1', vdn: 1, taskId: String(predictive) });
    expect(res.body).toEqual({ resultCode: '0100000', resultDesc: { totalCount: 6, succCount: 4, failCount: 2, succRate: '66.7%', compCount: 6, waitCount: 0, execCount: 0, compRate: '100%' } });
  });

  it('counts the records of a task not started as waiting, with the integer task id of its table', async () => {
    const res = await cmsRequest(app, real, { vdn: 1, taskId: progressive });
    expect(res.body.resultDesc).toEqual({ totalCount: 2, succCount: 0, failCount: 0, succRate: '0%', compCount: 0, waitCount: 2, execCount: 0, compRate: '0%' });
  });

  it('refuses an unknown task (0100002) and another VDN (0101003)', async () => {
    expect((await cmsRequest(app, real, { vdn: 1, taskId: '424242' })).body.resultCode).toBe('0100002');
    expect((await cmsRequest(app, real, { vdn: 7, taskId: String(predictive) })).body.resultCode).toBe('0101003');
  });
});

describe("the VDN's time zone", () => {
  it('places calling windows and statistics days in settings.timeZone', { timeout: 180_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-zone-'));
    const spec = demoTenant();
    spec.settings = { ...spec.settings, timeZone: 'Asia/Shanghai' };
    fs.writeFileSync(path.join(dir, 'tenant.json'), JSON.stringify(spec));
    const zoned = await createTestApp({ tenantFile: path.join(dir, 'tenant.json') });
    const zonedFloor = new OutboundFloor(zoned);
    try {
      // 08:00 UTC is 16:00 in Shanghai: inside the second window; the busy retry 9 h later falls at 01:00 on the next local day.
      const id = await createCampaign(
        zoned,
        v2Campaign({ name: 'zoned', deviceType: 6, initStatus: 1, callPolicy: undefined, skillParam: { skillId: 1, skillName: 'Voice Skill Queue', outBoundType: 6 }, scheduleParam: { workdayBeginTime1: '01:00', workdayEndTime1: '02:00', workdayBeginTime2: '16:00', workdayEndTime2: '17:00' }, retryPolicy: { policyType: 0, resultRetry: [{ result: 1, retryNumber: 1, callInterval: 32_400 }] } }),
        'v2',
      );
      await addNumbers(zoned, id, ['13990000001']);
      await zonedFloor.signIn([101]);
      expect((await isales(zoned, 'PUT', `${v1}/${id}/resume`)).body.resultCode).toBe('0200000');
      await zonedFloor.run(60_000);
      expect((await isales(zoned, 'POST', `${v1}/callresult/${id}`, { showDetail: 1 })).body.totalCount).toBe(1);
      await zonedFloor.run(10 * 3_600_000, 60_000);
      const res = await cmsRequest(zoned, daily, { vdn: 1, taskId: String(id), beginDayTime: '2026-01-05', endDayTime: '2026-01-06' });
      expect(res.body.resultDesc).toEqual([
        { statDate: '2026-01-05', totalCount: 1, succCount: 0, succRate: '0%' },
        { statDate: '2026-01-06', totalCount: 1, succCount: 0, succRate: '0%' },
      ]);
      // 7.4.7's "daily" counts start at the VDN's midnight (16:00 UTC): only the retry is today's.
      const stats = await isales(zoned, 'GET', `${v2}/statistics?campaignId=${id}`);
      expect(stats.body.countDetail[0]).toMatchObject({ totalCalledCount: 2, dailyCalledCount: 1 });
    } finally {
      zonedFloor.close();
      await zoned.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
