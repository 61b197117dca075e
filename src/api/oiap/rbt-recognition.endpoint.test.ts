// §10.16 queryRbtRecognitionResult: an agent's manual outbound calls that the simulated network
// fails get their ring-back analysis; the query pages them by the month of beginTime, per tenant.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, testEpochMs, type TestApp } from '../../../test/support/test-app.ts';
import { advance, GatewayAgent } from '../../../test/support/gateway-client.ts';
import { oiapClient, otherOiapTenant } from './oiap-client.test-support.ts';

const url = '/oifde/rest/api/queryRbtRecognitionResult';
const month = { beginTime: testEpochMs - 3_600_000, endTime: testEpochMs + 86_400_000 };

describe('§10.16 offline analysis of outbound call failure causes', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await createTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  async function failedCallouts(numbers: string[]) {
    const agent = await GatewayAgent.signIn(app, 101);
    for (const called of numbers) {
      const res = await agent.call('PUT', 'voicecall/{id}/callout', { called });
      expect(res.body.retcode, called + res.text).toBe('0');
      // No-answer numbers ring 30 s before failing; keep the agent alive with a handshake.
      for (let i = 0; i < 7; i++) {
        await advance(app, 5_000);
        await agent.call('POST', 'onlineagent/{id}/handshake');
      }
      await agent.call('DELETE', 'voicecall/{id}/release');
      await advance(app, 1_000);
    }
    await app.services.cti.records.flushed();
    return agent;
  }

  it('records each failed callout with its announcement and Table 10-99 code, answered calls not', { timeout: 30_000 }, async () => {
    await failedCallouts(['13900000002', '13900000004', '13900000001', '13900000000', '13900000003', '13912345678']);
    const oiap = await oiapClient(app);
    const res = await oiap(url, { ...month, pageNum: 1, pageSize: 100 });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ total: 5, pageSize: 100, pageNum: 1 });
    const rows = res.body.rbtRecognitions as Record<string, unknown>[];
    expect(rows.map((r) => [r.calleeNo, r.releaseCause, r.result])).toEqual([
      ['13900000002', 538, 101],
      ['13900000004', 548, 102],
      ['13900000001', 537, 103],
      ['13900000000', 603, 111],
      // A rejection plays no announcement: the ASR gives nothing (-4).
      ['13900000003', 604, -4],
    ]);
    const first = rows[0]!;
    expect(first).toMatchObject({ callType: 7, mediaType: 5, vdnId: 1, tenantId: 'demo-ak', agentId: 101, callCenterId: 1, confirmStatus: 0, locationId: 0, confirmedResult: null, remark: null, asrTransResult: 'Sorry, the number you dialled does not exist. Please check the number and dial again.' });
    expect(Number.isSafeInteger(first.rbtRecognitionId)).toBe(true);
    expect(first.fileName).toMatch(/^Y:\\1\\1\\20260105\\101\\\d+\.V3$/);
    expect(first.recordEndTime as number).toBeGreaterThanOrEqual(first.recordBeginTime as number);
    expect(typeof first.callId).toBe('string');
    expect(new Set(rows.map((r) => r.rbtRecognitionId)).size).toBe(5);

    const second = await oiap(url, { ...month, pageNum: 2, pageSize: 2 });
    expect(second.body.total).toBe(5);
    expect((second.body.rbtRecognitions as Record<string, unknown>[]).map((r) => r.result)).toEqual([103, 111]);
    // Lenient input: numbers as strings; defaults pageNum 1, pageSize 1000.
    const lenient = await oiap(url, { beginTime: String(month.beginTime), endTime: String(month.endTime) });
    expect(lenient.body).toMatchObject({ total: 5, pageNum: 1, pageSize: 1000 });
  });

  it('searches only the month of beginTime', { timeout: 30_000 }, async () => {
    await failedCallouts(['13900000002']);
    const oiap = await oiapClient(app);
    // January 2026 holds the row; a range from December 2025 covers it but searches December only.
    expect((await oiap(url, month)).body.total).toBe(1);
    expect((await oiap(url, { beginTime: Date.UTC(2025, 11, 20), endTime: month.endTime })).body.total).toBe(0);
    expect((await oiap(url, { beginTime: month.beginTime, endTime: testEpochMs - 1 })).body.total).toBe(0);
  });

  it('another tenant sees nothing', { timeout: 30_000 }, async () => {
    await failedCallouts(['13900000002']);
    const other = await otherOiapTenant(app);
    expect((await other(url, month)).body).toEqual({ rbtRecognitions: [], total: 0, pageSize: 1000, pageNum: 1 });
    // A body tenantId naming the demo tenant with the other tenant's token fails the token check.
    expect((await other(url, { ...month, tenantId: 'demo-ak' })).body.errorCode).toBe(900002);
  });

  it('rejects bad input with the OIAP codes', async () => {
    const oiap = await oiapClient(app);
    for (const bad of [{ endTime: month.endTime }, { beginTime: month.beginTime }, { ...month, endTime: month.beginTime - 1 }, { ...month, pageSize: 1001 }, { ...month, pageNum: 0 }, { ...month, beginTime: 'soon' }]) {
      const res = await oiap(url, bad);
      expect(res.body.errorCode, JSON.stringify(bad)).toBe(10000002);
      expect(typeof res.body.errorMsg).toBe('string');
    }
    const noToken = await app.request({ method: 'POST', url, body: { ...month, tenantId: 'demo-ak' } });
    expect(noToken.body.errorCode).toBe(900001);
  });
});
