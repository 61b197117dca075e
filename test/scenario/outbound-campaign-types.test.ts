// Goal: every campaign type of Table 7-3 dials in the running server (issue 11): progressive
// (preempted, feature 41), preview (AgentEvent_Preview_CallOut + 6.1.2.2 previewCallout, feature
// 44) and automatic IVR (the campaign's flow plays, its outcome is the IVR dialogue record of
// 7.5.3); and the rules that hold for every type: retries by result code up to the maximum
// attempts, calling windows, never a blacklisted number, tenant isolation of the results.
// Method: a whole server on a virtual clock per test (createTestApp), a tenant file that adds a
// notice flow, customers of the simulated network (docs/extensions.md), agents through the gateway.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { demoTenant } from '../../src/tenancy/index.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { advance } from '../support/gateway-client.ts';
import { allDay, createCampaign, isales, v1, v2, v2Campaign } from '../../src/api/outbound/isales-client.test-support.ts';
import { OutboundFloor } from './outbound-floor.ts';

const opened: Array<{ app: TestApp; floor: OutboundFloor; dir?: string }> = [];
afterEach(async () => {
  for (const { app, floor, dir } of opened.splice(0)) {
    floor.close();
    await app.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** The demo tenant with a notice flow on access code 5009 that plays 4 s and hangs up. */
async function server(talkMs = 20_000): Promise<{ app: TestApp; floor: OutboundFloor }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-outbound-'));
  const spec = demoTenant();
  spec.ivrFlows = [...(spec.ivrFlows ?? []), { flowId: 9, accessCode: '5009', description: 'Notice', flowFileName: 'notice.GSL', flowType: 1, script: { start: 'notice', nodes: { notice: { type: 'play', seconds: 4, next: 'bye' }, bye: { type: 'release' } } } }] as typeof spec.ivrFlows;
  const file = path.join(dir, 'tenant.json');
  fs.writeFileSync(file, JSON.stringify(spec));
  const app = await createTestApp({ tenantFile: file });
  const floor = new OutboundFloor(app, talkMs);
  opened.push({ app, floor, dir });
  return { app, floor };
}

async function addNumbers(app: TestApp, id: number, numbers: string[]): Promise<void> {
  const res = await isales(app, 'POST', `${v2}/calldata/${id}`, { callDataList: numbers.map((n, i) => ({ sessionId: `S${i}`, called: [{ calledNo: n }] })) });
  expect(res.body.resultCode, res.text).toBe('0200000');
}

async function results(app: TestApp, id: number): Promise<Array<Record<string, unknown>>> {
  const res = await isales(app, 'POST', `${v1}/callresult/${id}`, { showDetail: 1, pageSize: 100, pageNum: 1 });
  expect(res.body.resultCode, res.text).toBe('0200000');
  return res.body.data;
}

const start = async (app: TestApp, id: number) => expect((await isales(app, 'PUT', `${v1}/${id}/resume`)).body.resultCode).toBe('0200000');

/** One attempt a number (a V2 campaign names its retry policy). */
const oneAttempt = { policyType: 0, retryDay: 1, retryTimes: 1, callInterval: 60 };

const skill = (deviceType: number, extra: Record<string, unknown> = {}) => ({ skillId: 1, skillName: 'Voice Skill Queue', outBoundType: deviceType, ...extra });

describe('a progressive (preempted) campaign', () => {
  it('occupies a free agent per call (feature 41) and records each connected result', async () => {
    const { app, floor } = await server();
    const id = await createCampaign(app, v2Campaign({ name: 'progressive', deviceType: 6, initStatus: 1, callPolicy: undefined, retryPolicy: oneAttempt, skillParam: skill(6) }), 'v2');
    await addNumbers(app, id, ['13920005555', '13920015555', '13920025555']);
    await floor.signIn([101]);
    await start(app, id);
    await floor.run(10_000);
    // One agent: one call at a time, the agent occupied before the customer is dialled.
    expect(floor.talked).toHaveLength(1);
    expect(floor.talked[0]).toMatchObject({ workNo: 101, feature: '41' });
    expect(floor.eventTypes(101)).toContain('AgentEvent_Agent_Occupied');
    await floor.run(120_000);
    const rows = await results(app, id);
    expect(rows.map((r) => [r.called, r.callStatus, r.failCode])).toEqual([['13920005555', 6, '00000'], ['13920015555', 6, '00000'], ['13920025555', 6, '00000']]);
    expect(floor.talked.map((t) => t.feature)).toEqual(['41', '41', '41']);
  });
});

describe('campaign control while dialling', () => {
  it('pause (7.1.8) lets the call in progress finish and dials nothing more; resume (7.1.9) dials on', async () => {
    const { app, floor } = await server();
    const id = await createCampaign(app, v2Campaign({ name: 'control', deviceType: 6, initStatus: 1, callPolicy: undefined, retryPolicy: oneAttempt, skillParam: skill(6) }), 'v2');
    await addNumbers(app, id, ['13921005555', '13921015555', '13921025555']);
    await floor.signIn([101]);
    await start(app, id);
    await floor.run(5_000);
    expect(floor.talked).toHaveLength(1);
    expect((await isales(app, 'PUT', `${v1}/${id}/pause`)).body.resultCode).toBe('0200000');
    await floor.run(120_000);
    expect(floor.talked).toHaveLength(1);
    expect((await results(app, id)).map((r) => r.callStatus)).toEqual([6]);
    expect(app.services.outbound.runtime.dialerState(1, id)).toBe('paused');
    await start(app, id);
    await floor.run(120_000);
    expect(floor.talked).toHaveLength(3);
    expect((await results(app, id)).map((r) => r.callStatus)).toEqual([6, 6, 6]);
  });
});

describe('a preview campaign', () => {
  it('offers each record with AgentEvent_Preview_CallOut; previewCallout dials it (feature 44)', async () => {
    const { app, floor } = await server();
    const id = await createCampaign(
      app,
      v2Campaign({ name: 'preview', deviceType: 5, initStatus: 1, callPolicy: undefined, retryPolicy: oneAttempt, maxAlertingTime: 30, skillParam: skill(5, { previewParam: { failInterval: 3, obCallCount: 1, autoCallTime: 20 } }) }),
      'v2',
    );
    await addNumbers(app, id, ['13930005555']);
    await floor.signIn([101]);
    await start(app, id);
    await floor.run(2_000);
    const preview = (floor.events.get(101) ?? []).find((e) => e.eventType === 'AgentEvent_Preview_CallOut');
    expect(preview?.content).toMatchObject({ dialeddigits: '13930005555' });
    const { controlid } = preview!.content as { controlid: string };
    // Nothing is dialled before the agent asks (or autoCallTime passes).
    expect(await results(app, id)).toEqual([]);
    const agent = floor.agents.get(101)!;
    expect((await agent.call('PUT', 'voicecall/{id}/previewCallout', { called: '13939999999', callcontrolid: controlid })).body.retcode).toBe('200-036');
    const placed = await agent.call('PUT', 'voicecall/{id}/previewCallout', { called: '13930005555', callcontrolid: controlid });
    expect(placed.body.retcode, placed.text).toBe('0');
    await floor.run(40_000);
    expect(floor.talked).toEqual([expect.objectContaining({ workNo: 101, feature: '44', callId: placed.body.result })]);
    expect((await results(app, id)).map((r) => [r.called, r.callStatus, r.callId])).toEqual([['13930005555', 6, placed.body.result]]);
  });
});

describe('IVR campaigns', () => {
  it.each([
    ['an automatic IVR', 3],
    ['an intelligent IVR', 1],
  ])('%s campaign plays its flow to each answered customer and records the outcome (7.5.1, 7.5.3)', async (_label, deviceType) => {
    const { app, floor } = await server();
    const id = await createCampaign(app, v2Campaign({ name: 'ivr', deviceType, initStatus: 1, callPolicy: undefined, retryPolicy: oneAttempt, skillParam: undefined, ivrParam: { deviceSign: '5009', callCount: 2, callInterval: 1 } }), 'v2');
    await addNumbers(app, id, ['13940005555', '13940010002']);
    await start(app, id);
    await floor.run(30_000);
    const rows = await results(app, id);
    expect(rows.map((r) => [r.called, r.callStatus, r.failCode]).sort()).toEqual([['13940005555', 6, '00000'], ['13940010002', 5, '00538']]);
    const answered = rows.find((r) => r.callStatus === 6)!;
    const dialogue = await isales(app, 'POST', `${v1}/callRecord`, { callId: answered.callId });
    expect(dialogue.body.recordList).toEqual([expect.objectContaining({ interNo: '1', systemReply: 'bye' })]);
    expect(floor.talked).toEqual([]);
  });
});

describe('rules of every campaign type', () => {
  it('retries a result type up to its retryNumber and stops at the maximum attempts', { timeout: 120_000 }, async () => {
    const { app, floor } = await server();
    const id = await createCampaign(app, v2Campaign({ name: 'retries', deviceType: 6, initStatus: 1, callPolicy: undefined, skillParam: skill(6), retryPolicy: { policyType: 0, resultRetry: [{ result: 1, retryNumber: 2, callInterval: 60 }] } }), 'v2');
    await addNumbers(app, id, ['13950000001']);
    await floor.signIn([101]);
    await start(app, id);
    await floor.run(10 * 60_000, 2_000);
    const rows = await results(app, id);
    // Busy (00537, result type 1): the first attempt and two retries, each 60 s or more apart.
    expect(rows.map((r) => r.failCode)).toEqual(['00537', '00537', '00537']);
    const times = rows.map((r) => Date.parse(`${String(r.callTimeStr).replace(' ', 'T')}Z`));
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(60_000);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(60_000);
    const record = (await app.services.repos.isalesCallData.due(1, id, app.clock.now() + 86_400_000, 10)).length;
    expect(record).toBe(0);
  });

  it('dials only inside the calling window', { timeout: 180_000 }, async () => {
    const { app, floor } = await server();
    // The test clock is 08:00 UTC on a Monday: the window opens at 09:00.
    const id = await createCampaign(app, v2Campaign({ name: 'window', deviceType: 6, initStatus: 1, callPolicy: undefined, retryPolicy: oneAttempt, skillParam: skill(6), scheduleParam: { workdayBeginTime1: '09:00', workdayEndTime1: '10:00' } }), 'v2');
    await addNumbers(app, id, ['13960005555']);
    await floor.signIn([101]);
    await start(app, id);
    await floor.run(30 * 60_000, 5_000);
    expect(await results(app, id)).toEqual([]);
    await floor.run(31 * 60_000, 5_000);
    const [row] = await results(app, id);
    expect(String(row!.callTimeStr) >= '2026-01-05 09:00:00').toBe(true);
  });

  it('dials a holiday (7.2.2) only in the holiday segments', { timeout: 180_000 }, async () => {
    const { app, floor } = await server();
    const schedule = { workdayBeginTime1: '00:00', workdayEndTime1: '23:59', holidayBeginTime1: '09:00', holidayEndTime1: '10:00' };
    const id = await createCampaign(app, v2Campaign({ name: 'holiday', deviceType: 6, initStatus: 1, callPolicy: undefined, retryPolicy: oneAttempt, skillParam: skill(6), scheduleParam: schedule }), 'v2');
    // Today (Monday 2026-01-05, 08:00 UTC) is a holiday: its window opens at 09:00.
    expect((await isales(app, 'POST', `${v1}/holiday/${id}`, { name: 'Today', type: 2, beginTime: '2026-01-05', endTime: '2026-01-05' })).body.resultCode).toBe('0200000');
    await addNumbers(app, id, ['13922005555']);
    await floor.signIn([101]);
    await start(app, id);
    await floor.run(30 * 60_000, 5_000);
    expect(await results(app, id)).toEqual([]);
    await floor.run(31 * 60_000, 5_000);
    const [row] = await results(app, id);
    expect(String(row!.callTimeStr) >= '2026-01-05 09:00:00').toBe(true);
  });

  it('never dials a blacklisted number (7.11.1), and another VDN sees none of the results', async () => {
    const { app, floor } = await server();
    const id = await createCampaign(app, v2Campaign({ name: 'blacklist', deviceType: 6, initStatus: 1, callPolicy: undefined, retryPolicy: oneAttempt, skillParam: skill(6), scheduleParam: allDay }), 'v2');
    await addNumbers(app, id, ['13970000666', '13970005555']);
    // Blacklisted after it was added: the dialer skips it; adding it now is refused (0200024).
    expect((await isales(app, 'POST', `${v1}/blocklist/add`, { blocklist: ['13970000666'] })).body.resultCode).toBe('0200000');
    app.clock.advance(1_000);
    expect((await isales(app, 'POST', `${v2}/calldata/${id}`, { callDataList: [{ called: [{ calledNo: '13970000666' }] }] })).body.resultCode).toBe('0200024');
    await floor.signIn([101]);
    await start(app, id);
    await floor.run(60_000);
    expect((await results(app, id)).map((r) => r.called)).toEqual(['13970005555']);
    expect(floor.talked).toHaveLength(1);
    await advance(app, 0);
    expect((await isales(app, 'POST', `/rest/isales/v1/openapi/campaigns/7/callresult/${id}`, { showDetail: 1 })).status).toBe(401);
  });
});
