// Goal: 6.2.1/6.2.2 createCall makes a real bidirectional call: A rings, then B, they talk, the
// call ends; queryCallState (6.2.4) and queryCallDetailRecord (6.2.3) report each step; the
// call status (6.2.14.2) and release (6.2.14.3) events reach the customer's URLs through the
// outbox, signed when the tenant has a shared key. Method: whole servers on a virtual clock,
// driven through HTTP, with a callback receiver on 127.0.0.1.
import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.ts';
import { addOtherTenant, advanceAndSettle, base64, bidirectionalApp, mobileAgentBase, patchTenantSettings, startCallbackReceiver } from './bidirectional.test-support.ts';

let app: TestApp;
let call: Awaited<ReturnType<typeof bidirectionalApp>>['call'];
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
  await app.close();
});

const createCall = (body: unknown, version = 'v1') => call(`/apiaccess/CC-Management/${version}/mobileAgent/createCall`, body);
const state = (callSerialNo: string) => call(`${mobileAgentBase}/queryCallState`, { callSerialNo });

describe('6.2.1 createCall', () => {
  it('answers the example in its shape and makes the call step by step on the clock', async () => {
    ({ app, call } = await bidirectionalApp());
    const t0 = app.clock.now();
    const res = await createCall({ caller: '70101', called: '88889060', agentWorkNo: '', callerPresent: '4001', agentPresent: '4001', callData: '333333' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ retCode: '0', retMsg: 'Add CallOutInfo in DB successfully', result: { callSerialNo: expect.stringMatching(/^\d{19}$/) } });
    const sn = res.body.result.callSerialNo as string;
    await advanceAndSettle(app, 0);
    expect((await state(sn)).body).toEqual({ retCode: '0', retMsg: 'Query call state successfully', result: { caller: '70101', called: '88889060', callerPresent: '4001', startTime: t0, state: 1, agentPresent: '4001', callData: '333333' } });
    await advanceAndSettle(app, 4_000);
    expect((await state(sn)).body.result.state).toBe(2);
    await advanceAndSettle(app, 200_000);
    const ended = (await state(sn)).body.result;
    expect(ended).toMatchObject({ state: 3, reasonCode: 0 });
    const records = await call(`${mobileAgentBase}/queryCallDetailRecord`, { startTime: String(t0 - 1000), endTime: String(t0 + 1000), taskType: '0', offset: 0, limit: 10 });
    expect(records.body).toMatchObject({ retCode: '0', retMsg: 'Query call detail record successfully', result: { total: 1 } });
    const [record] = records.body.result.callInfo;
    expect(record).toMatchObject({ callSerialNo: sn, caller: '70101', called: '88889060', startTime: t0, agentAlertingTime: t0, agentTalkingTime: t0 + 2000, alertingTime: t0 + 2000, talkingTime: t0 + 4000, state: 3, reasonCode: 0, taskType: '1' });
    expect(record.releaseTime).toBe(ended.endTime);
    expect(record.talkDuration).toBe(Math.round((record.releaseTime - record.talkingTime) / 1000));
  });

  it('accepts the V3 fields on the V1 path and the V3 example shape (numbers as JSON numbers)', async () => {
    ({ app, call } = await bidirectionalApp());
    const v3 = await createCall({ softPhone: 70102, called: 6666614 }, 'v3');
    expect(v3.body).toMatchObject({ retCode: '0', result: { callSerialNo: expect.any(String) } });
    const onV1 = await createCall({ softPhone: '70103', called: '6666615' });
    expect(onV1.body.retCode).toBe('0');
    await advanceAndSettle(app, 0);
    expect((await state(onV1.body.result.callSerialNo)).body.result).toMatchObject({ caller: '70103', called: '6666615', state: 1 });
  });

  it.each([
    ['no caller', { called: '88889060' }, '5'],
    ['a caller with letters', { caller: '7010a', called: '88889060' }, '5'],
    ['a called number longer than 32', { caller: '70101', called: '1'.repeat(33) }, '5'],
    ['no called number', { caller: '70101' }, '5'],
    ['a callerPresent that is not an access code', { caller: '70101', called: '88889060', callerPresent: '12345' }, '5'],
    ['an agentPresent that is not an access code', { caller: '70101', called: '88889060', agentPresent: '640060' }, '5'],
    ['callData over 1024 characters', { caller: '70101', called: '88889060', callData: 'x'.repeat(1025) }, '2'],
    ['a caller outside the softphone range', { caller: '88889050', called: '88889060' }, '8'],
    ['a V3 softPhone outside the range', { softPhone: '99999', called: '88889060' }, '8'],
    ['a callbackUrl that is not Base64', { caller: '70101', called: '88889060', callbackUrl: 'http://127.0.0.1/x' }, '9'],
    ['a callbackUrl off the trustlist', { caller: '70101', called: '88889060', callbackUrl: base64('http://10.1.1.1:8080/cb') }, '9'],
    ['a callbackUrl with forbidden characters', { caller: '70101', called: '88889060', callbackUrl: base64('http://127.0.0.1/cb?a=1') }, '9'],
  ])('refuses %s', async (_name, body, retCode) => {
    ({ app, call } = await bidirectionalApp());
    const res = await createCall(body);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ retCode, retMsg: expect.any(String) });
    expect(await app.services.repos.systemCalls.count({ vdnId: 1, fromMs: 0, toMs: Number.MAX_SAFE_INTEGER, taskTypes: ['1'] })).toBe(0);
  });

  it('refuses a second call between the same numbers while the first runs (retCode 1)', async () => {
    ({ app, call } = await bidirectionalApp());
    expect((await createCall({ caller: '70101', called: '88889060' })).body.retCode).toBe('0');
    expect((await createCall({ caller: '70101', called: '88889060' })).body.retCode).toBe('1');
  });

  it('limits trial tenants to trustlisted agent-side numbers (16) and 10 calls a day (21)', async () => {
    ({ app, call } = await bidirectionalApp());
    await patchTenantSettings(app, 1, { bidirectionalCall: { trial: true, trialTrustlist: ['70101'] } });
    expect((await createCall({ caller: '70102', called: '88889060' })).body.retCode).toBe('16');
    for (let i = 0; i < 10; i++) expect((await createCall({ caller: '70101', called: `8888906${i}` })).body.retCode).toBe('0');
    expect((await createCall({ caller: '70101', called: '88889070' })).body.retCode).toBe('21');
  });

  it.each([
    ['A does not answer', '13800000000', '88889060', 4],
    ['A is busy', '13800000001', '88889060', 2],
    ['B does not answer', '70101', '88880000', 5],
    ['B is invalid', '70101', '88880002', 3],
  ])('ends with the reason code of the network when %s', async (_name, caller, called, reasonCode) => {
    ({ app, call } = await bidirectionalApp());
    const sn = (await createCall({ caller, called })).body.result.callSerialNo;
    await advanceAndSettle(app, 120_000);
    expect((await state(sn)).body.result).toMatchObject({ state: 3, reasonCode });
  });

  it('ends with reason 0 when the simulated customer hangs up while talking (sim driver)', async () => {
    ({ app, call } = await bidirectionalApp());
    const sn = (await createCall({ caller: '70101', called: '88889060' })).body.result.callSerialNo;
    await advanceAndSettle(app, 10_000);
    const row = await app.services.repos.systemCalls.find(1, sn);
    expect((await app.request({ method: 'POST', url: `/sim/v1/calls/${row!.callId}/hangup` })).status).toBe(200);
    await advanceAndSettle(app, 0);
    expect((await state(sn)).body.result).toMatchObject({ state: 3, reasonCode: 0, endTime: app.clock.now() });
  });

  it('never shows one tenant the calls of another', async () => {
    ({ app, call } = await bidirectionalApp());
    const other = await addOtherTenant(app);
    const sn = (await createCall({ caller: '70101', called: '88889060' })).body.result.callSerialNo;
    expect((await other(`${mobileAgentBase}/queryCallState`, { callSerialNo: sn })).body).toEqual({ retCode: '1', retMsg: 'Failed to query the status.' });
    expect((await other(`${mobileAgentBase}/createCall`, { caller: '70101', called: '88889060' })).body.retCode).toBe('8');
    const t = app.clock.now();
    expect((await other(`${mobileAgentBase}/queryCallDetailRecord`, { startTime: String(t - 1000), endTime: String(t + 1000) })).body.retCode).toBe('1');
  });
});

describe('6.2.14 callbacks', () => {
  it('sends the call status event on answer and the signed release event at the end, retrying until acknowledged', async () => {
    ({ app, call } = await bidirectionalApp());
    const receiver = await startCallbackReceiver(app.clock, (n) => (n === 2 ? { retCode: '1', retMsg: 'busy' } : { retCode: '0', retMsg: 'success' }));
    closers.push(receiver.close);
    await patchTenantSettings(app, 1, { bidirectionalCall: { connectionCallbackUrl: `${receiver.url}/connect`, appSecret: 'shared-key' } });
    const sn = (await createCall({ caller: '70101', called: '88880067', callData: 'order 42', callbackUrl: base64(`${receiver.url}/release`) })).body.result.callSerialNo;
    await advanceAndSettle(app, 4_000);
    expect(receiver.received).toHaveLength(1);
    expect(JSON.parse(receiver.received[0]!.body)).toEqual({ callSerialNo: sn, serviceNo: '101', called: '88880067', callData: 'order 42' });
    await advanceAndSettle(app, 200_000);
    await advanceAndSettle(app, 60_000);
    expect(receiver.received).toHaveLength(3);
    const release = JSON.parse(receiver.received[2]!.body);
    expect(release).toMatchObject({ callSerialNo: sn, called: '88880067', caller: '70101', callerPresent: '4001', releaseReason: '0', recordfile: expect.stringMatching(/^Y:\/1\/mobileAgent\/20260105\/\d+-\d+\.wav$/), locationId: '0', createCallTime: '2026/01/05,08:00:00:000', agentAlertingTime: '2026/01/05,08:00:00:000', agentTalkingTime: '2026/01/05,08:00:02:000', talkingTime: '2026/01/05,08:00:04:000' });
    const { timestamp, nonce, signature, ...params } = release;
    const signed = Object.keys(params).sort().map((k) => `${k}=${params[k] === null ? 'null' : params[k]}`).join(',').replaceAll(' ', '');
    expect(signature).toBe(createHmac('sha256', 'shared-key').update(`shared-key_${timestamp}_${nonce}_${signed}`).digest('base64'));
    expect(nonce).toMatch(/^-?\d+$/);
    expect(await app.services.repos.callbacks.listByVdn(1)).toMatchObject([
      { kind: 'bidirectional-connect', status: 'delivered', attempts: 1 },
      { kind: 'bidirectional-release', status: 'delivered', attempts: 2 },
    ]);
  });

  it('sends the release event unsigned to the tenant hang-up URL when none is given', async () => {
    ({ app, call } = await bidirectionalApp());
    const receiver = await startCallbackReceiver(app.clock, () => ({ retCode: '0', retMsg: 'success' }));
    closers.push(receiver.close);
    await patchTenantSettings(app, 1, { bidirectionalCall: { hangupCallbackUrl: receiver.url, appSecret: 'shared-key' } });
    await createCall({ caller: '70101', called: '88880000' });
    await advanceAndSettle(app, 60_000);
    expect(receiver.received).toHaveLength(1);
    const release = JSON.parse(receiver.received[0]!.body);
    expect(release).toMatchObject({ releaseReason: '5', talkingTime: null, recordfile: null });
    expect(release.signature).toBeUndefined();
  });
});
