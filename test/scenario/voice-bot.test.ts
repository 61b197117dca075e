// Goal: issue 13's "done when", voice half, over HTTP: a caller of 4002 hears the demo bank bot's
// greeting, asks a question its FAQ answers, then asks for an agent; the call is transferred to
// skill 1 with the bot's context in its call data, agent 101 gets it, and the chapter 10 records
// and statistics count the session. Also: hang-up mid-dialog ends the session cleanly, and a
// transfer with nobody signed in takes the flow's failure branch (decision 1014).
// Method: a test server on the demo tenant (virtual clock); the simulated caller speaks through
// /sim/v1/calls/{id}/speech. Dialog turns are asynchronous, so every step settles the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oiapClient } from '../../src/api/oiap/oiap-client.test-support.ts';
import { createTestApp, testEpochMs, type TestApp } from '../support/test-app.ts';
import { advance, dial, GatewayAgent } from '../support/gateway-client.ts';

let app: TestApp;
let oiap: Awaited<ReturnType<typeof oiapClient>>;
beforeAll(async () => {
  app = await createTestApp();
  oiap = await oiapClient(app);
});
afterAll(() => app.close());

const greeting = 'Welcome to OpenCEC Bank. Ask me a question, or say agent.';
const hours = 'Our branches are open from 9 am to 5 pm, Monday to Friday. Anything else?';

async function callState(callId: string) {
  await app.services.settle();
  return (await app.request({ method: 'GET', url: `/sim/v1/calls/${callId}` })).body;
}

/** Lets the bot's last prompt play out (the sim switch speaks 12 characters a second). */
async function listenTo(callId: string): Promise<string[]> {
  await app.services.settle();
  await advance(app, 10_000);
  return (await callState(callId)).ivr?.bot?.prompts ?? [];
}

async function say(callId: string, text: string) {
  const res = await app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/speech`, body: { text } });
  expect(res.body).toEqual({ callId, accepted: text });
  await app.services.settle();
}

describe('a voice call to the demo bank bot on 4002, done when', () => {
  it('greets, answers an FAQ, then transfers to skill 1 with the bot context in the call data', async () => {
    const agent = await GatewayAgent.signIn(app, 101, { autoanswer: false });
    await agent.events();
    const callId = await dial(app, '4002', { caller: '13800000077' });
    const userid = `ivr-${callId}`;
    expect(await listenTo(callId)).toEqual([greeting]);
    expect((await callState(callId)).ivr).toMatchObject({ node: 'bot', bot: { userid, phase: 'listening' } });

    await say(callId, 'when are you open?');
    expect(await listenTo(callId)).toEqual([greeting, hours]);
    expect(await agent.events()).toEqual([]);

    await say(callId, 'I want to talk to an agent');
    const offer = (await agent.events()).find(([t]) => t === 'AgentEvent_Ringing');
    expect(offer?.[1]).toMatchObject({ callid: callId, caller: '13800000077', called: '4002' });
    expect((await agent.call('PUT', `voicecall/{id}/answer?callid=${callId}`)).body.retcode).toBe('0');
    await app.services.settle();
    // CEC §6.1.3.2: the agent reads the bot's context as the call-associated data.
    const data = await agent.call('GET', `calldata/{id}/appdata?callId=${callId}`);
    expect(data.body).toMatchObject({ retcode: '0', result: expect.stringMatching(new RegExp(`^oiap=${userid};intent=agent;faq=\\d+;said=I want to talk to an agent$`)) });

    // The dialog records (10.7) hold what the caller heard; the instance ended transferred.
    const history = await oiap('/oifde/rest/api/queryHistory', { params: { userMobile: '13800000077' } });
    expect(history.body).toMatchObject({ rtnCode: 0, callId: userid });
    expect(history.body.beans.map((b: { userSaying: string; systemReply: string }) => [b.userSaying, b.systemReply])).toEqual([
      ['', greeting],
      ['when are you open?', hours],
      ['I want to talk to an agent', ''],
    ]);
    const session = await app.services.repos.oiapDialog.session(1, userid);
    expect(session).toMatchObject({ status: 'closed', transferred: 1, ctiCallId: callId, accessCode: '4002', callSorId: '13800000077' });
    // 10.15.1 counts the session as a call that reached an agent.
    const stats = await oiap('/oifde/rest/api/queryCallStatisticsReport', { accessCode: '4002', timestamp: testEpochMs, type: 'hour' });
    expect(stats.body).toEqual([expect.objectContaining({ accessCode: '4002', callCount: 1, callStaffNoConsultCount: 1, exitConsultingCount: 0, interactCount: 3 })]);
    expect((await agent.call('DELETE', 'onlineagent/{id}/forcelogout')).body.retcode).toBe('0');
  }, 20_000);

  it('keys are a turn too, and a caller hanging up mid-dialog ends the session with release_reason 2', async () => {
    const callId = await dial(app, '4002', { caller: '13800000078' });
    expect(await listenTo(callId)).toEqual([greeting]);
    await app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/dtmf`, body: { digits: '5' } });
    expect((await listenTo(callId)).at(-1)).toBe('Sorry, I did not get that. Please say it another way.');
    expect((await app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/hangup` })).body.state).toBe('ended');
    await app.services.settle();
    expect(await app.services.repos.oiapDialog.session(1, `ivr-${callId}`)).toMatchObject({ status: 'closed', releaseReason: '2', endedInIvr: 1, transferred: 0 });
    expect((await callState(callId)).state).toBe('ended');
  }, 20_000);

  it('with nobody on skill 1 the transfer fails into the flow\'s busy branch, which releases the call', async () => {
    const callId = await dial(app, '4002', { caller: '13800000079' });
    await listenTo(callId);
    await say(callId, 'agent please');
    const mid = await callState(callId);
    expect(mid.ivr?.bot?.prompts.at(-1), JSON.stringify(mid)).toBe('All our agents are busy. Please call again later. Goodbye.');
    await advance(app, 10_000);
    await app.services.settle();
    expect((await callState(callId)).state).toBe('ended');
    expect(await app.services.repos.oiapDialog.session(1, `ivr-${callId}`)).toMatchObject({ status: 'closed', releaseReason: '0', transferred: 0 });
  }, 20_000);

  it('a silent caller times out into the retry prompt; the simulator 404s speech to an unknown call', async () => {
    const callId = await dial(app, '4002', { caller: '13800000080' });
    await listenTo(callId);
    await advance(app, 11_000);
    expect((await listenTo(callId)).length).toBe(2);
    const res = await app.request({ method: 'POST', url: '/sim/v1/calls/nope/speech', body: { text: 'hi' } });
    expect(res.status).toBe(404);
    expect((await app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/speech`, body: { text: '' } })).status).toBe(400);
  }, 20_000);
});
