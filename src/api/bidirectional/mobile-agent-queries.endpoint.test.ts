// Goal: the §6.2 look-ups answer from the tenant's real configuration and calls: queryPhone V1/V2
// (6.2.6/6.2.7) its agents' softphones and the registrar, getCalledInfo (6.2.8) its called-party
// routes, getRecordingAddress (6.2.5) a URL this server answers with the call's real recording.
// Method: whole servers on a virtual clock, through HTTP; other tenants see none of it.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.ts';
import { parseWav } from '../../media/index.ts';
import { addOtherTenant, advanceAndSettle, bidirectionalApp, mobileAgentBase } from './bidirectional.test-support.ts';

let app: TestApp;
let call: Awaited<ReturnType<typeof bidirectionalApp>>['call'];
afterEach(async () => {
  await app.close();
});

describe('6.2.6/6.2.7 queryPhone', () => {
  it('pages through the softphones of the tenant with the registrar (V1 shape)', async () => {
    ({ app, call } = await bidirectionalApp());
    const res = await call(`${mobileAgentBase}/queryPhone`, { offset: 0, limit: 3 });
    expect(res.body).toEqual({
      retCode: '0',
      retMsg: 'successfully',
      result: { total: 11, regIPAddress: expect.any(String), regPort: 5060, phone: [{ phoneNum: '70101', password: 'Demo@123' }, { phoneNum: '70102', password: 'Demo@123' }, { phoneNum: '70103', password: 'Demo@123' }] },
    });
    expect((await call(`${mobileAgentBase}/queryPhone`, { offset: '10' })).body.result.phone).toEqual([{ phoneNum: '70120', password: 'Demo@123' }]);
  });

  it('adds ids, status, tenant and the single-mode registrar in V2', async () => {
    ({ app, call } = await bidirectionalApp());
    const res = await call('/apiaccess/CC-Management/v2/mobileAgent/queryPhone', { offset: 0, limit: 1 });
    expect(res.body.result).toEqual({
      total: 11,
      singleRegServ: [{ regIPAddress: expect.any(String), regPort: '5060', sipServicePort: '5060', sipServiceIp: expect.any(String) }],
      poolRegServ: { node1: [], node2: [] },
      phone: [{ phoneNum: '70101', password: 'Demo@123', id: 101, status: 0, remark: 'Agent 101', tenantId: '1', partDbId: '1' }],
    });
  });

  it.each([
    ['a negative offset', { offset: '-1' }],
    ['a limit of 0', { limit: 0 }],
    ['a limit with letters', { limit: 'ten' }],
  ])('refuses %s with retCode 4', async (_name, body) => {
    ({ app, call } = await bidirectionalApp());
    expect((await call(`${mobileAgentBase}/queryPhone`, body)).body).toEqual({ retCode: '4', retMsg: expect.any(String) });
  });

  it("lists only the caller's softphones", async () => {
    ({ app, call } = await bidirectionalApp());
    const other = await addOtherTenant(app);
    const res = await other(`${mobileAgentBase}/queryPhone`, {});
    expect(res.body).toEqual({ retCode: '2', retMsg: 'The mobile agent information is empty.' });
  });
});

describe('6.2.8 getCalledInfo', () => {
  it('resolves an access code to its skill queue, or an IVR number', async () => {
    ({ app, call } = await bidirectionalApp());
    expect((await call(`${mobileAgentBase}/getCalledInfo`, { caller: 8888888, called: '4001' })).body).toEqual({ retCode: '0', retMsg: 'success', result: { devType: 0, called: '4001', skillId: 1, skillName: 'Voice' } });
    expect((await call(`${mobileAgentBase}/getCalledInfo`, { caller: '8888888', called: '4002' })).body.result).toMatchObject({ devType: 1 });
  });

  it('answers the reference example for a number that is not configured (ref L17531)', async () => {
    ({ app, call } = await bidirectionalApp());
    expect((await call(`${mobileAgentBase}/getCalledInfo`, { caller: 8888888, called: 6666614 })).body).toEqual({ retMsg: 'Called is not configured', retCode: '5' });
    expect((await call(`${mobileAgentBase}/getCalledInfo`, { caller: '8888888' })).body.retCode).toBe('4');
    const other = await addOtherTenant(app);
    expect((await other(`${mobileAgentBase}/getCalledInfo`, { caller: '1', called: '4001' })).body.retCode).toBe('5');
  });
});

describe('6.2.5 getRecordingAddress', () => {
  it('gives a pre-signed URL of the real recording once the call has ended, valid for ten minutes', async () => {
    ({ app, call } = await bidirectionalApp());
    const sn = (await call(`${mobileAgentBase}/createCall`, { caller: '70101', called: '88889060' })).body.result.callSerialNo as string;
    await advanceAndSettle(app, 10_000);
    expect((await call(`${mobileAgentBase}/getRecordingAddress`, { callSerialNo: sn })).body).toEqual({ retCode: '5', retMsg: 'No corresponding history record.' });
    await advanceAndSettle(app, 200_000);
    const res = await call(`${mobileAgentBase}/getRecordingAddress`, { callSerialNo: sn });
    expect(res.body).toEqual({ retCode: '0', retMsg: 'success', result: { url: expect.stringMatching(new RegExp(`^http://[^/]+/opencec/v1/mobileAgent/recordings/${sn}\\?vdnId=1&Expires=\\d+&Signature=[\\w-]+$`)) } });
    const url = new URL(res.body.result.url);
    const audio = await app.http.inject({ method: 'GET', url: url.pathname + url.search });
    expect(audio.statusCode).toBe(200);
    expect(audio.headers['content-type']).toBe('audio/wav');
    const wav = parseWav(new Uint8Array(audio.rawPayload));
    const state = (await call(`${mobileAgentBase}/queryCallState`, { callSerialNo: sn })).body.result;
    const row = await app.services.repos.systemCalls.find(1, sn);
    expect(wav.ok && wav.wav.kind === 'pcm' && [wav.wav.sampleRate, wav.wav.channelCount, Math.round((wav.wav.frameCount / 8000) * 1000)]).toEqual([8000, 2, state.endTime - row!.talkingMs!]);
    const forged = await app.http.inject({ method: 'GET', url: url.pathname + url.search.replace(/Signature=./, 'Signature=x') });
    expect(forged.statusCode).toBe(401);
    app.clock.advance(10 * 60_000 + 1000);
    expect((await app.http.inject({ method: 'GET', url: url.pathname + url.search })).statusCode).toBe(401);
  });

  it('refuses an SN over 50 characters (12) and the calls of another tenant (5)', async () => {
    ({ app, call } = await bidirectionalApp());
    expect((await call(`${mobileAgentBase}/getRecordingAddress`, { callSerialNo: '1'.repeat(51) })).body.retCode).toBe('12');
    const sn = (await call(`${mobileAgentBase}/createCall`, { caller: '70101', called: '88889060' })).body.result.callSerialNo as string;
    await advanceAndSettle(app, 200_000);
    const other = await addOtherTenant(app);
    expect((await other(`${mobileAgentBase}/getRecordingAddress`, { callSerialNo: sn })).body.retCode).toBe('5');
  });
});
