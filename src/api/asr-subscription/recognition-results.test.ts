// Goal: the done-when of issue 15 item 2 (§6.3.6): a subscriber registered through §6.3 receives
// each utterance of a simulated call in order, at its time, with the Table 6-421 body and the
// service_token header; handshakes keep it; five minutes after the last one nothing more arrives;
// a refused push holds back the later turns of its call only; another VDN's calls never reach it.
// Method: the demo tenant on a virtual clock, a real HTTP receiver on 127.0.0.1, customer calls
// answered by agents 101 and 102, the expected turns read from the recording's simulated transcript.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { dial, GatewayAgent } from '../../../test/support/gateway-client.ts';
import { AsrReceiver, guidOf, register, subscribeCall, transcriptOf, wait } from '../../../test/support/asr-receiver.ts';
import { provisionTenant } from '../../tenancy/index.ts';

let app: TestApp;
let receiver: AsrReceiver;
beforeEach(async () => {
  app = await createTestApp();
  receiver = await new AsrReceiver(app).start();
});
afterEach(async () => {
  await app.close();
  await receiver.close();
});

describe('§6.3.6 recognition results', () => {
  it('pushes every utterance in order while handshaken, and nothing five minutes after the last handshake', async () => {
    const guid = await guidOf(app, 100001);
    const serverId = await register(app, guid, receiver.base);
    const keepAlive = { guid, serverId };
    const agent = await GatewayAgent.signIn(app, 101);
    const first = await dial(app, '4001', { talkSeconds: 60 });
    await wait(app, 70_000, [agent], keepAlive);
    const { recording, utterances } = await transcriptOf(app, first);
    expect(utterances.length).toBeGreaterThan(5);
    expect(receiver.contents()).toEqual(utterances.map((u) => u.text));
    expect(receiver.received.map((r) => r.body.talkertype)).toEqual(utterances.map((u) => (u.speaker === 'agent' ? '1' : '2')));
    expect(receiver.received.map((r) => r.body.talkerid)).toEqual(utterances.map((u) => (u.speaker === 'agent' ? '101' : '13800000001')));
    // Each turn is sent when its speaker finishes it (the last one, cut, when the recording stops).
    expect(receiver.received.slice(0, -1).map((r) => (r.body.createTime as number) - Number(recording.beginMs))).toEqual(utterances.slice(0, -1).map((u) => u.endMs));
    for (const push of receiver.received) {
      expect(push).toMatchObject({ path: '/rest/cc-ai/v100/subscribe/asrevent/asresult', token: 'token-1', contentType: expect.stringMatching(/^application\/json/) });
      expect(Object.keys(push.body).sort()).toEqual(['asrusercase', 'calldata', 'ccid', 'createTime', 'curcallid', 'curuserdn', 'initialagentid', 'result', 'serverid', 'subscribetype', 'talkerid', 'talkertype', 'vdnid']);
      expect(push.body).toMatchObject({ serverid: serverId, subscribetype: '1', initialagentid: '101', ccid: '1', vdnid: '1', curcallid: first, curuserdn: '13800000001', asrusercase: '0', result: [{ confidence: '1.0', content: expect.any(String), iscontentenc: '0' }] });
      expect(JSON.parse(push.body.calldata as string)).toEqual({ nlpFlag: true, flowAccessCode: '801166010768953344', callbackUrl: receiver.base });
    }

    // Ten minutes of handshakes every 20 seconds keep it: a later call is pushed too.
    await wait(app, 10 * 60_000, [agent], keepAlive);
    const second = await dial(app, '4001', { talkSeconds: 30 });
    await wait(app, 40_000, [agent], keepAlive);
    expect(receiver.contents(second)).toEqual((await transcriptOf(app, second)).utterances.map((u) => u.text));

    // Five minutes after the last handshake it has lapsed: a call then is not pushed.
    await wait(app, 5 * 60_000, [agent]);
    const before = receiver.received.length;
    await dial(app, '4001', { talkSeconds: 30 });
    await wait(app, 40_000, [agent]);
    expect(receiver.received.length).toBe(before);
    expect((await subscribeCall(app, guid, 'GET', `handshake/${serverId}`)).body.retcode).toBe('107-032');
  });

  it('retries a refused turn before the later turns of its call, while another call goes on', async () => {
    await register(app, await guidOf(app, 100001), receiver.base);
    const agents = [await GatewayAgent.signIn(app, 101), await GatewayAgent.signIn(app, 102)];
    const held = await dial(app, '4001', { talkSeconds: 40 });
    const other = await dial(app, '4001', { talkSeconds: 40 });
    let refusals = 0;
    // The first turn of `held` is refused twice (two backoffs: 5 s, then 10 s).
    receiver.refuse = (body) => {
      if (body.curcallid !== held || refusals >= 2) return false;
      refusals += 1;
      return true;
    };
    await wait(app, 60_000, agents);
    expect(refusals).toBe(2);
    const heldTurns = (await transcriptOf(app, held, await agentOf(held))).utterances.map((u) => u.text);
    const otherTurns = (await transcriptOf(app, other, await agentOf(other))).utterances.map((u) => u.text);
    expect(receiver.contents(held)).toEqual(heldTurns);
    expect(receiver.contents(other)).toEqual(otherTurns);
    // The other call was not held back: its second turn arrived before the held call's first.
    const arrival = receiver.received.map((r) => r.body.curcallid);
    expect(arrival.indexOf(held)).toBeGreaterThan(arrival.indexOf(other) + 1);
  });

  it('never sends a subscriber the calls of another VDN', async () => {
    await provisionTenant(app.services, {
      vdnId: 2, name: 'second', workNoRange: [20001, 20099], appCredentials: [{ appKey: 'second-ak', appSecret: 'second-sk' }], adminPassword: 'Second@123',
      skills: [{ skillId: 1, name: 'Voice2', mediaTypeId: 5 }],
      agents: [{ workNo: 20001, userAccount: 'agent20001', userName: 'Agent 20001', password: 'Demo@123', sipAccount: '7020001', ccRoleId: 3, skills: [{ skillId: 1 }] }],
      accessCodes: [{ accessCode: '5001' }], calledRoutes: [{ accessCode: '5001', deviceType: 1, deviceId: 1 }],
    });
    const own = await register(app, await guidOf(app, 100001), receiver.base);
    const foreignGuid = await guidOf(app, 100002, 'Second@123');
    await register(app, foreignGuid, receiver.base, { serviceToken: 'token-2' });
    expect((await subscribeCall(app, foreignGuid, 'GET', `handshake/${own}`)).body.retcode).toBe('107-032');
    const agent = await GatewayAgent.signIn(app, 101);
    const callId = await dial(app, '4001', { talkSeconds: 10 });
    await wait(app, 15_000, [agent]);
    expect(receiver.contents()).toEqual((await transcriptOf(app, callId)).utterances.map((u) => u.text));
    expect(receiver.received.every((r) => r.body.serverid === own && r.token === 'token-1' && r.body.vdnid === '1')).toBe(true);
  });
});

async function agentOf(callId: string): Promise<number> {
  const row = await app.services.store.db.selectFrom('recording').select('agentId').where('callId', '=', callId).executeTakeFirstOrThrow();
  return Number(row.agentId);
}
