// Goal: the live call details (12.3.1.4.1 basic information, 12.3.1.4.2 details with call data)
// describe a call where it is now — ringing or talking at an agent, queued, in an IVR flow — and
// refuse calls that are not in progress or belong to another tenant. Method: calls via /sim/v1,
// agent 101 via the gateway, C2-signed queries on the virtual clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testEpochMs, type TestApp } from '../../../../test/support/test-app.ts';
import { GatewayAgent, advance, dial } from '../../../../test/support/gateway-client.ts';
import { callIdParts } from '../../../domain/ids/index.ts';
import { globalKey } from '../../../../test/support/cms-client.ts';
import { expectInvalid, openapi, videoKey, withVideoTenant } from './vdn-fixture.test-support.ts';

let app: TestApp;
let agent: GatewayAgent;
let talking = '';
let queued = '';
let inIvr = '';
const t0 = testEpochMs;

beforeAll(async () => {
  app = await createTestApp();
  await withVideoTenant(app);
  agent = await GatewayAgent.signIn(app, 101, { autoanswer: false });
  talking = await dial(app, '4001', { caller: '13800000001', callData: 'order=42', priority: 2 });
  await advance(app, 5_000);
  expect((await agent.call('PUT', 'voicecall/{id}/answer')).body.retcode).toBe('0');
  queued = await dial(app, '4001', { caller: '13800000002' });
  inIvr = await dial(app, '4002', { caller: '13800000003' });
  await advance(app, 7_000);
});
afterAll(async () => {
  await app.close();
});

const basic = (callId: string) => openapi(app, 'calldata/querybasiccallinfo', { cclid: 1, vdn: 1, callId });

describe('basic call information (12.3.1.4.1)', () => {
  it('describes a call an agent talks on, in envelope A with the example fields', async () => {
    const res = await basic(talking);
    const parts = callIdParts(talking)!;
    const info = {
      time: t0,
      dsn: parts.dsn,
      handle: parts.handle,
      server: parts.server,
      keyId: '',
      callingNum: '13800000001',
      calledNum: '4001',
      mid: 0,
      trunkNo: 0,
      priority: 2,
      deviceType: 2,
      deviceNo: 101,
      callSkill: 'Voice',
      partyNum: 2,
      callFeature: 0,
      orgiCalledNum: '',
      mediaType: 5,
      place: 0,
      waitTime: 0,
      totalTalkingTimes: 7,
      logonTimes: 12,
      serviceType: 0,
      callInCause: 65535,
      enterReason: 0,
      mediaBillType: '0',
    };
    expect(res.body).toEqual({ result: '0', resultCode: '0100000', resultDatas: info, resultDesc: info });
  });

  it('places a queued call at its skill queue and an IVR call at its flow', async () => {
    expect((await basic(queued)).body.resultDesc).toMatchObject({ deviceType: 1, deviceNo: 1, waitTime: 7, totalTalkingTimes: 0, callSkill: 'Voice', partyNum: 1 });
    expect((await basic(inIvr)).body.resultDesc).toMatchObject({ deviceType: 3, deviceNo: 1, waitTime: 0, calledNum: '4002' });
  });

  it('refuses a call not in progress, and keeps tenants apart', async () => {
    expect((await basic('1767600000-99999')).body).toMatchObject({ result: '0100002', resultCode: '0100002' });
    const code = async (body: Record<string, unknown>, key?: typeof videoKey) => (await openapi(app, 'calldata/querybasiccallinfo', { ccId: 1, callId: talking, ...body }, key)).body.resultCode;
    expect(await code({ vdn: 2 })).toBe('0101003');
    expect(await code({ vdn: 1 }, videoKey)).toBe('0101003');
    expect(await code({ vdn: 2 }, videoKey)).toBe('0100002');
    expect(await code({ vdn: 1 }, globalKey)).toBe('0100000');
    expect(await code({ vdn: 4999 }, globalKey)).toBe('0100002');
    expect(await code({ vdn: 1, ccId: 2 })).toBe('0100002');
    await expectInvalid(app, 'calldata/querybasiccallinfo', [{ ccId: 1, vdn: 1 }, { ccId: 1, vdn: 1, callId: '1'.repeat(21) }, { ccId: 1, vdn: 1, callId: '' }]);
  });
});

describe('private call details (12.3.1.4.2)', () => {
  it('adds the call data, names the media type and types the call feature as a string', async () => {
    const res = await openapi(app, 'calldata/querydetailcallinfo', { cclId: 1, vdn: 1, callId: talking });
    const parts = callIdParts(talking)!;
    expect(res.body.resultDesc).toEqual({
      trunkNo: 0,
      deviceType: 2,
      deviceNo: 101,
      dsn: parts.dsn,
      callData: 'order=42',
      totalTalkingTimes: 7,
      cb: Number(talking.split('-')[1]),
      keyId: '',
      callingNum: '13800000001',
      calledNum: '4001',
      orgiCalledNum: '',
      callDataLen: 8,
      callSkill: 'Voice',
      partyNum: 2,
      callFeature: '0',
      place: 0,
      waitTime: 0,
      logonTimes: 12,
      handle: parts.handle,
      time: t0,
      mediaType: 'MEDIA_TYPE_PHONE',
      server: parts.server,
      mid: 0,
      priority: 2,
    });
    expect(res.body.resultDatas).toEqual(res.body.resultDesc);
    expect((await openapi(app, 'calldata/querydetailcallinfo', { ccId: 1, vdn: 1, callId: 'gone' })).body.resultCode).toBe('0100002');
    expect((await openapi(app, 'calldata/querydetailcallinfo', { ccId: 1, vdn: 2, callId: talking })).body.resultCode).toBe('0101003');
  });
});
