// Goal: §6.3 voice-recognition subscriptions: register, modify, unregister and both handshakes
// with C5 auth and the §6.3.7.2 codes; the five-minute lapse on the Clock; and the pushes: every
// utterance of the simulated transcript of a recorded call, in order, at its time, to
// `{serviceCallBackUri}/v100/subscribe/asrevent/asresult` with `service_token`, retried until the
// receiver acknowledges, only for the subscriber's own tenant. Method: the demo tenant on a
// virtual clock, a real HTTP receiver on 127.0.0.1, a customer call answered by agent 101.
import http from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../../test/support/gateway-client.ts';
import { provisionTenant } from '../../tenancy/index.ts';

interface Received { path: string; token: string | undefined; body: Record<string, unknown>; atMs: number }

let app: TestApp;
let server: http.Server | undefined;
let received: Received[];
let base: string;
let refuseFirst = 0;

async function startReceiver(): Promise<void> {
  received = [];
  server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      const refuse = refuseFirst > 0;
      if (refuse) refuseFirst -= 1;
      else received.push({ path: request.url ?? '', token: request.headers['service_token'] as string | undefined, body: JSON.parse(Buffer.concat(chunks).toString('utf8')), atMs: app.clock.now() });
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ message: refuse ? 'busy' : 'success', retcode: refuse ? '107-052' : '0' }));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/rest/cc-ai`;
}

beforeEach(async () => {
  app = await createTestApp();
  await startReceiver();
});
afterEach(async () => {
  await app.close();
  await new Promise<void>((resolve) => server!.close(() => resolve()));
});

async function guidOf(agentId: number, password = 'Demo@123'): Promise<string> {
  const res = await app.request({ method: 'POST', url: '/agentgateway/resource/config/login', body: { agentId, password } });
  expect(res.body.retcode, JSON.stringify(res.body)).toBe('0');
  return res.body.result.guid as string;
}

const call = (guid: string, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown, headers: Record<string, string> = {}) =>
  app.request({ method, url: `/agentgateway/resource/config/subscribe/${path}`, body, headers: { guid, ...headers } });

async function register(guid: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await call(guid, 'POST', 'register', { subscribeType: '1', serviceToken: 'token-1', serviceCallBackUri: base, nlpFlag: 'true', flowAccessCode: '801166010768953344', ...extra });
  expect(res.body, JSON.stringify(res.body)).toMatchObject({ message: 'success', retcode: '0', result: { serverId: expect.stringMatching(/^\d{14}-\d{3}-\d{5}$/) } });
  return res.body.result.serverId as string;
}

/** Advances in steps so that agent sessions and the outbox keep up, then lets the pushes land. */
async function wait(ms: number, agent?: GatewayAgent): Promise<void> {
  for (let left = ms; left > 0; left -= 20_000) {
    await advance(app, Math.min(20_000, left));
    if (agent) await agent.call('POST', 'onlineagent/{id}/handshake');
  }
  await app.services.settle();
}

describe('§6.3 subscription interfaces', () => {
  it('register, handshake, extended handshake, modify and unregister, with their codes', async () => {
    const guid = await guidOf(100001);
    const serverId = await register(guid);
    expect((await call(guid, 'GET', `handshake/${serverId}`)).body).toEqual({ message: 'success', retcode: '0' });
    expect((await call(guid, 'POST', `handshake/${serverId}`, undefined, { service_token: 'token-1' })).body).toEqual({ message: 'success', retcode: '0' });
    expect((await call(guid, 'POST', `handshake/${serverId}`, undefined, { service_token: 'other' })).body.retcode).toBe('107-051');
    expect((await call(guid, 'POST', `handshake/${serverId}`)).body.retcode).toBe('107-002');
    expect((await call(guid, 'POST', `modify?serverId=${serverId}`, { serviceCallBackUri: `${base}/v2`, nlpFlag: false })).body).toEqual({ message: 'success', retcode: '0', result: { serverId } });
    expect((await call(guid, 'POST', 'modify?serverId=20140414172508-001-00101', { serviceCallBackUri: base, nlpFlag: false })).body.retcode).toBe('107-028');
    expect((await call(guid, 'PUT', 'unregister', { serverId })).body).toEqual({ message: 'success', retcode: '0' });
    expect((await call(guid, 'PUT', 'unregister', { serverId })).body.retcode).toBe('107-031');
    expect((await call(guid, 'GET', `handshake/${serverId}`)).body.retcode).toBe('107-032');
  });

  it('validates (107-002) and authenticates (107-007)', async () => {
    const guid = await guidOf(100001);
    for (const body of [{ subscribeType: '1', nlpFlag: true }, { subscribeType: '2', serviceCallBackUri: base, nlpFlag: true }, { subscribeType: '1', serviceCallBackUri: 'x'.repeat(201), nlpFlag: true }, { subscribeType: '1', serviceCallBackUri: base }, { subscribeType: '1', serviceCallBackUri: base, nlpFlag: true, serviceToken: 't'.repeat(257) }]) {
      expect((await call(guid, 'POST', 'register', body)).body.retcode, JSON.stringify(body)).toBe('107-002');
    }
    expect((await call(guid, 'PUT', 'unregister', { serverId: 'null' })).body.retcode).toBe('107-002');
    expect((await call(guid, 'POST', 'modify', { serviceCallBackUri: base, nlpFlag: true })).body.retcode).toBe('107-002');
    expect((await call('not-a-guid', 'POST', 'register', { subscribeType: '1', serviceCallBackUri: base, nlpFlag: true })).body.retcode).toBe('107-007');
  });

  it('lapses five minutes after the last handshake', async () => {
    const guid = await guidOf(100001);
    const serverId = await register(guid);
    await advance(app, 4 * 60_000);
    expect((await call(guid, 'GET', `handshake/${serverId}`)).body.retcode).toBe('0');
    await advance(app, 5 * 60_000 - 1);
    expect((await call(guid, 'GET', `handshake/${serverId}`)).body.retcode).toBe('0');
    await advance(app, 5 * 60_000);
    expect((await call(guid, 'GET', `handshake/${serverId}`)).body.retcode).toBe('107-032');
  });
});

describe('§6.3.6 recognition results', () => {
  it('pushes each utterance of a call in order, with service_token, until the subscription lapses', async () => {
    const guid = await guidOf(100001);
    const serverId = await register(guid);
    const agent = await GatewayAgent.signIn(app, 101);
    const callId = await dial(app, '4001', { talkSeconds: 60 });
    await wait(70_000, agent);
    await app.services.settle();
    const [recording] = await app.services.store.db.selectFrom('recording').selectAll().where('callId', '=', callId).execute();
    const transcript = app.services.cti.recordingFiles.transcript({ recordId: recording!.recordId, vdnId: 1, callId, fileName: recording!.fileName, agentId: '101', callerNumber: recording!.callerNumber, calleeNo: recording!.calleeNo, beginMs: recording!.beginMs, endMs: recording!.endMs! });
    expect(received.length).toBe(transcript.utterances.length);
    expect(received.map((r) => r.body.result)).toEqual(transcript.utterances.map((u) => [{ confidence: '1.0', content: u.text, iscontentenc: '0' }]));
    expect(received.map((r) => r.body.talkertype)).toEqual(transcript.utterances.map((u) => (u.speaker === 'agent' ? '1' : '2')));
    // Each turn is sent when its speaker finishes it (the last one when the recording stops).
    expect(received.slice(0, -1).map((r) => (r.body.createTime as number) - recording!.beginMs)).toEqual(transcript.utterances.slice(0, -1).map((u) => u.endMs));
    expect(received[0]).toMatchObject({ path: '/rest/cc-ai/v100/subscribe/asrevent/asresult', token: 'token-1' });
    expect(received[0]!.body).toMatchObject({ serverid: serverId, subscribetype: '1', initialagentid: '101', ccid: '1', vdnid: '1', curcallid: callId, curuserdn: '13800000001', asrusercase: '0' });
    expect(JSON.parse(received[0]!.body.calldata as string)).toEqual({ nlpFlag: true, flowAccessCode: '801166010768953344', callbackUrl: base });

    // Five minutes after its last handshake the subscription hears nothing more.
    await wait(5 * 60_000, agent);
    const before = received.length;
    await dial(app, '4001', { talkSeconds: 30 });
    await wait(40_000, agent);
    await app.services.settle();
    expect(received.length).toBe(before);
  });

  it('retries a refused push, and never sends one tenant calls of another', async () => {
    await provisionTenant(app.services, {
      vdnId: 2, name: 'second', workNoRange: [20001, 20099], appCredentials: [{ appKey: 'second-ak', appSecret: 'second-sk' }], adminPassword: 'Second@123',
      skills: [{ skillId: 1, name: 'Voice2', mediaTypeId: 5 }],
      agents: [{ workNo: 20001, userAccount: 'agent20001', userName: 'Agent 20001', password: 'Demo@123', sipAccount: '7020001', ccRoleId: 3, skills: [{ skillId: 1 }] }],
      accessCodes: [{ accessCode: '5001' }], calledRoutes: [{ accessCode: '5001', deviceType: 1, deviceId: 1 }],
    });
    const own = await register(await guidOf(100001));
    const foreignGuid = await guidOf(100002, 'Second@123');
    const foreign = await register(foreignGuid, { serviceToken: 'token-2' });
    expect((await call(foreignGuid, 'GET', `handshake/${own}`)).body.retcode).toBe('107-032');
    refuseFirst = 1;
    const agent = await GatewayAgent.signIn(app, 101);
    const callId = await dial(app, '4001', { talkSeconds: 10 });
    await wait(15_000, agent);
    // The refused first push comes again after the outbox's backoff.
    await wait(60_000, agent);
    const [recording] = await app.services.store.db.selectFrom('recording').selectAll().where('callId', '=', callId).execute();
    const transcript = app.services.cti.recordingFiles.transcript({ recordId: recording!.recordId, vdnId: 1, callId, fileName: recording!.fileName, agentId: '101', callerNumber: recording!.callerNumber, calleeNo: recording!.calleeNo, beginMs: recording!.beginMs, endMs: recording!.endMs! });
    expect(received.map((r) => (r.body.result as [{ content: string }])[0].content).sort()).toEqual(transcript.utterances.map((u) => u.text).sort());
    expect(received.every((r) => r.body.serverid === own && r.token === 'token-1')).toBe(true);
    expect(received.some((r) => r.body.serverid === foreign)).toBe(false);
  });
});
