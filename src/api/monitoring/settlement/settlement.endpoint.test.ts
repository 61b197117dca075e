// Goal: 12.3.2.10/.11 settle the day's inbound calls per called number and outbound calls per
// calling number from the CDR legs, with the reference's request shape, every validation rule and
// CMS code, and tenant isolation. Method: the reference morning (4 inbound calls to 4001, one
// abandoned) plus two call-outs by agent 102 (one answered, one busy), read back through the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callout, releaseByAgent } from '../../../engine/index.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { cmsRequest, globalKey } from '../../../../test/support/cms-client.ts';
import { advance, referenceMorning, signInAgents } from '../../../../test/support/history-traffic.ts';

const inPath = '/rest/cmsapp/v1/callinday/querymanualindexesbycondition';
const outPath = '/rest/cmsapp/v1/calloutday/querymanualindexesbycondition';
const day = { beginLogDay: '2026-01-05', endLogDay: '2026-01-05' };
let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
  await referenceMorning(app);
  await signInAgents(app, [102]);
  const engine = await app.services.cti.registry.get(1);
  engine.run(() => callout(engine, { workNo: 102, called: '13900001234' }));
  await advance(app, 32_000); // answered after 2 s, 30 s of talk
  engine.run(() => releaseByAgent(engine, 102));
  await advance(app, 60_000);
  engine.run(() => callout(engine, { workNo: 102, called: '13900000001' })); // busy
  await advance(app, 60_000);
});
afterAll(async () => {
  await app.close();
});

describe('12.3.2.10 callinday/querymanualindexesbycondition', () => {
  it('answers the reference request shape with one settled row per called number and call type', async () => {
    const res = await cmsRequest(app, inPath, { queryParam: { calleeNos: ['4001'], ...day, callTypes: [0], skillIds: [1], subCcNo: 1, vdn: 1, cclid: 1 } });
    expect(res.status).toBe(200);
    expect(res.body.resultCode).toBe('0100000');
    expect(res.body.resultDesc).toHaveLength(1);
    const row = res.body.resultDesc[0];
    expect(row).toMatchObject({
      ...day,
      calleeNo: '4001',
      callType: 0,
      vdn: 1,
      serviceNo: 65535,
      orgCcNo: 1,
      subCcNo: 1,
      serCcNo: 1,
      currentAgentId: 101,
      inOccupyNum: 4,
      inCallSuccNum: 3,
      inCallTime: 100,
      failQueueWaitNum: 1,
      failQueueWaitTime: 30,
      maxCallTime: 60,
      minCallTime: 10,
      callTimeGt10: 2,
      callTimeLt30: 1,
      failTimeGt10: 1,
      failTimeLt60: 1,
      reserved_col3: 2,
      ivrOccupyNum: 0,
      inCallCostMinute: 3,
    });
    expect(row.succAckTimeLt60).toBe(3);
    expect(row.succAckTimeGt10).toBe(1);
    expect(row.inVdnTime).toBeGreaterThanOrEqual(100 + 30);
    // Every documented counter is printed, as an integer.
    for (const field of ['waitAnsNum', 'waitAnsTime', 'succWaitAnsTime', 'noAckNum', 'succQueueWaitTime', 'queOverToIvrNum', 'hangUpNum', 'autoUserAbandonNum', 'netCallSuccNum', 'inCallAllCostMinute', 'reserved_col20']) expect(Number.isInteger(row[field]), field).toBe(true);
    expect(row).not.toHaveProperty('reservedCol3');
    expect(row).not.toHaveProperty('outOccupyNum');
  });

  it('filters by call type, skill, number and day', async () => {
    const base = { calleeNos: ['4001'], ...day, callTypes: [0], subCcNo: 1, vdn: 1 };
    expect((await cmsRequest(app, inPath, { ...base, callTypes: [5, 7] })).body.resultDesc).toEqual([]);
    expect((await cmsRequest(app, inPath, { ...base, skillIds: [2] })).body.resultDesc).toEqual([]);
    expect((await cmsRequest(app, inPath, { ...base, calleeNos: ['4009'] })).body.resultDesc).toEqual([]);
    expect((await cmsRequest(app, inPath, { ...base, beginLogDay: '2026-01-06', endLogDay: '2026-01-06' })).body.resultDesc).toEqual([]);
    const wide = await cmsRequest(app, inPath, { ...base, calleeNos: ['4001', '4009'], beginLogDay: '2026-01-01', endLogDay: '2026-01-31' });
    expect(wide.body.resultDesc.map((r: { inOccupyNum: number; beginLogDay: string }) => [r.inOccupyNum, r.beginLogDay])).toEqual([[4, '2026-01-01']]);
  });

  it('refuses invalid parameters with 0100002', async () => {
    const base = { calleeNos: ['4001'], ...day, callTypes: [0], subCcNo: 1, vdn: 1 };
    const bad: Record<string, unknown>[] = [
      { ...base, calleeNos: ['40a1'] },
      { ...base, calleeNos: [] },
      { ...base, calleeNos: Array.from({ length: 1001 }, (_, i) => String(i)) },
      { ...base, callTypes: Array.from({ length: 1001 }, () => 0) },
      { ...base, skillIds: Array.from({ length: 1001 }, () => 1) },
      { ...base, callTypes: undefined },
      { ...base, beginLogDay: '2026-02-30' },
      { ...base, endLogDay: '2026/01/05' },
      { ...base, beginLogDay: '2026-01-06' },
      { ...base, beginLogDay: '2025-12-01', endLogDay: '2026-01-05' },
      { ...base, vdn: undefined },
      { ...base, subCcNo: undefined },
      { ...base, subCcNo: 2 },
      { ...base, ccId: 9 },
      { ...base, vdn: undefined, subCcNo: undefined, tenantId: 'nobody' },
      { ...base, vdn: 2, tenantId: '1' },
    ];
    for (const body of bad) {
      const res = await cmsRequest(app, inPath, body, { key: globalKey });
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(200);
      expect(res.body.resultCode, JSON.stringify(body).slice(0, 80)).toBe('0100002');
    }
    // 31 days is the longest range.
    expect((await cmsRequest(app, inPath, { ...base, beginLogDay: '2026-01-01', endLogDay: '2026-01-31' })).body.resultCode).toBe('0100000');
    expect((await cmsRequest(app, inPath, { ...base, beginLogDay: '2026-01-01', endLogDay: '2026-02-01' })).body.resultCode).toBe('0100002');
  });

  it('keeps tenants apart: a tenant key reads only its VDN, the global key any', async () => {
    const base = { calleeNos: ['4001'], ...day, callTypes: [0], subCcNo: 1 };
    expect((await cmsRequest(app, inPath, { ...base, vdn: 2 })).body.resultCode).toBe('0101003');
    expect((await cmsRequest(app, inPath, { calleeNos: ['4001'], ...day, callTypes: [0], tenantId: 'other-tenant' })).body.resultCode).toBe('0101003');
    expect((await cmsRequest(app, inPath, { ...base, vdn: 1 }, { key: globalKey })).body.resultDesc).toHaveLength(1);
    expect((await cmsRequest(app, inPath, { calleeNos: ['4001'], ...day, callTypes: ['0'], tenantId: '1' })).body.resultDesc[0].inOccupyNum).toBe(4);
    // Lenient input: numbers sent as JSON numbers, ids as strings.
    expect((await cmsRequest(app, inPath, { calleeNos: [4001], ...day, callTypes: [0], subCcNo: '1', vdn: '1' })).body.resultDesc[0].inOccupyNum).toBe(4);
    const unsigned = await cmsRequest(app, inPath, { ...base, vdn: 1 }, { key: { accessKey: 'demo-ak', secretKey: 'wrong' } });
    expect(unsigned.status).toBe(401);
    expect(unsigned.body.resultCode).toBe('0100001');
  });
});

describe('12.3.2.11 calloutday/querymanualindexesbycondition', () => {
  it('settles agent call-outs per calling number, in the reference response shape', async () => {
    const res = await cmsRequest(app, outPath, { queryParam: { callerNos: ['4001'], ...day, callTypes: [7], skillIds: [1, 6], subCcNo: 1, vdn: 1 } });
    expect(res.body.resultCode).toBe('0100000');
    const rows = (await cmsRequest(app, outPath, { callerNos: ['4001'], ...day, callTypes: [7], subCcNo: 1, vdn: 1 })).body.resultDesc;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      ...day,
      callerNo: '4001',
      callType: 7,
      vdn: 1,
      obsServiceNo: '-1',
      currentAgentId: 102,
      outOccupyNum: 2,
      outSuccWaitAnsNum: 1,
      outCallSuccNum: 1,
      outCallTime: 30,
      maxCallTime: 30,
      minCallTime: 30,
      succAckTimeLt3: 1,
      callTimeGt10: 1,
      callTimeLt60: 1,
      reservedCol3: 1,
      outCallCostMinute: 1,
      preCallNum: 0,
      zeroNum: 0,
    });
    expect(rows[0].outWaitAnsTime).toBeGreaterThanOrEqual(2);
    expect(rows[0]).not.toHaveProperty('inOccupyNum');
    expect(rows[0]).not.toHaveProperty('reserved_col3');
  });

  it('keeps inbound and outbound apart, and refuses a foreign VDN', async () => {
    expect((await cmsRequest(app, outPath, { callerNos: ['4001'], ...day, callTypes: [0], subCcNo: 1, vdn: 1 })).body.resultDesc).toEqual([]);
    expect((await cmsRequest(app, inPath, { calleeNos: ['4001'], ...day, callTypes: [7], subCcNo: 1, vdn: 1 })).body.resultDesc).toEqual([]);
    expect((await cmsRequest(app, outPath, { callerNos: ['4001'], ...day, callTypes: [7], subCcNo: 1, vdn: 2 })).body.resultCode).toBe('0101003');
    expect((await cmsRequest(app, outPath, { callerNos: ['+4001'], ...day, callTypes: [7], subCcNo: 1, vdn: 1 })).body.resultCode).toBe('0100002');
  });
});
