// Goal: the agent session interfaces (sign-in variants, sign-out variants, heartbeat, GUIDs,
// liveness) behave as §6.1.1 and §4.5 document, over HTTP. Method: a whole server on a virtual
// clock with the demo tenant; a test client follows the GUID as a real desktop would.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, GatewayAgent } from '../../../../test/support/gateway-client.ts';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

describe('6.1.1.1 sign-in', () => {
  it('answers the documented result and GUID headers, then queues InService and Ready', async () => {
    const agent = new GatewayAgent(app, 101);
    const res = await agent.signIn({ password: 'Demo@123', phonenum: '70101', status: '4', releasephone: 'false', agenttype: '4' });
    expect(res.body).toEqual({
      message: '',
      retcode: '0',
      result: { vdnid: 1, workno: '101', mediatype: 'TTF', loginTime: String(app.clock.now()), isForceChange: 'false', serverName: 'AgentGateway1', timeRemaining: '' },
    });
    expect(res.headers.guid).toMatch(/^[0-9a-f-]{36}\.AgentGateway1$/);
    expect(res.headers['set-guid']).toBe(`JSESSIONID=${res.headers.guid}`);
    const first = await agent.poll();
    expect(first.body).toEqual({ message: '', retcode: '0', event: { eventType: 'AgentOther_InService', workNo: '101', content: null } });
    expect(await agent.eventTypes()).toEqual(['AgentState_Ready']);
  });

  it('signs in busy or in wrap-up as status asks', async () => {
    const busy = await GatewayAgent.signIn(app, 101, { status: 3 });
    expect(await busy.events()).toEqual([['AgentOther_InService', null], ['AgentState_Ready', null], ['AgentState_SetNotReady_Success', { reason: '0' }]]);
    expect((await busy.call('GET', 'onlineagent/{id}/agentstatus')).body.result).toEqual({ agentState: 3, isWorking: false });
    const work = await GatewayAgent.signIn(app, 102, { status: 5 });
    expect(await work.eventTypes()).toEqual(['AgentOther_InService', 'AgentState_Ready', 'AgentState_Work']);
    expect((await work.call('GET', 'onlineagent/{id}/agentstatus')).body.result.agentState).toBe(5);
  });

  it('refuses bad input with the documented codes', async () => {
    const agent = new GatewayAgent(app, 101);
    expect((await agent.signIn({ password: 'wrong' })).body.retcode).toBe('100-004');
    expect((await agent.signIn({ agenttype: 7 })).body.retcode).toBe('100-012');
    expect((await agent.signIn({ ip: '999.1.1.1' })).body.retcode).toBe('100-016');
    expect((await agent.signIn({ phonenum: '' })).body.retcode).toBe('100-001');
    expect((await agent.signIn({ serviceToken: 'a b' })).body.retcode).toBe('100-001');
    expect((await agent.signIn({ status: 6 })).body.retcode).toBe('100-001');
    const unknown = await app.request({ method: 'PUT', url: '/agentgateway/resource/onlineagent/59999', body: { password: 'x', phonenum: '1' } });
    expect(unknown.body.retcode).toBe('100-004');
    const malformed = await app.request({ method: 'PUT', url: '/agentgateway/resource/onlineagent/12', body: { password: 'x', phonenum: '1' } });
    expect(malformed.body.retcode).toBe('000-002');
  });

  it('allows one session per agent: login again is 100-002, forcelogin takes over', async () => {
    const first = await GatewayAgent.signIn(app, 101);
    const again = new GatewayAgent(app, 101);
    expect((await again.signIn()).body.retcode).toBe('100-002');
    const forced = new GatewayAgent(app, 101);
    expect((await forced.signIn({}, '/forcelogin')).body.retcode).toBe('0');
    expect((await first.call('GET', 'onlineagent/{id}/agentstatus')).body.retcode).toBe('000-003');
    expect((await forced.call('GET', 'onlineagent/{id}/agentstatus')).body.retcode).toBe('0');
  });

  it('refuses a softphone already used by another signed-in agent (100-013)', async () => {
    await GatewayAgent.signIn(app, 101);
    expect((await new GatewayAgent(app, 102).signIn({ phonenum: '70101' })).body.retcode).toBe('100-013');
  });

  it('loginex signs in to the CTI only (TFF) without a phone number', async () => {
    const agent = new GatewayAgent(app, 101);
    const res = await app.request({ method: 'PUT', url: '/agentgateway/resource/onlineagent/101/loginex', body: { password: 'Demo@123' } });
    expect(res.body.result.mediatype).toBe('TFF');
    agent.guid = String(res.headers.guid);
    expect(await agent.eventTypes()).toEqual(['AgentOther_InService', 'AgentState_Ready']);
  });
});

describe('GUIDs (C4)', () => {
  it('answers 100-006 when not signed in and 000-003 for a wrong GUID', async () => {
    const agent = new GatewayAgent(app, 101);
    expect((await agent.call('GET', 'onlineagent/{id}/agentstatus')).body.retcode).toBe('100-006');
    await agent.signIn();
    const good = agent.guid;
    agent.guid = 'not-a-guid';
    expect((await agent.call('GET', 'onlineagent/{id}/agentstatus')).body.retcode).toBe('000-003');
    agent.guid = good;
    const other = new GatewayAgent(app, 102);
    other.guid = good;
    expect((await other.call('GET', 'onlineagent/{id}/agentstatus')).body.retcode).toBe('100-006');
  });

  it('rotates the GUID on a poll after 60 s and keeps the old one until 120 s after its issue', async () => {
    const agent = await GatewayAgent.signIn(app, 101);
    await agent.events();
    const original = agent.guid;
    await advance(app, 61_000);
    await app.services.cti.registry.get(1).then((engine) => engine.run(() => engine.emit(101, 'AgentOther_Note', null)));
    const res = await agent.poll();
    expect(res.headers['set-guid']).toMatch(/^JSESSIONID=/);
    expect(agent.guid).not.toBe(original);
    // A stale client that never takes the GUID its replies repeat (see test/wire/guid-headers).
    const stale = () => app.request({ method: 'GET', url: '/agentgateway/resource/onlineagent/101/agentstatus', headers: { guid: original } });
    expect((await stale()).body.retcode).toBe('0');
    await advance(app, 60_000);
    expect((await stale()).body.retcode).toBe('000-003');
    expect((await agent.call('GET', 'onlineagent/{id}/agentstatus')).body.retcode).toBe('0');
  });

  it('updateGuid issues a new GUID that works at once', async () => {
    const agent = await GatewayAgent.signIn(app, 101);
    const res = await agent.call('PUT', 'onlineagent/{id}/updateGuid');
    expect(res.body).toEqual({ message: 'success', retcode: '0', result: { guid: expect.stringMatching(/\.AgentGateway1$/) } });
    agent.guid = res.body.result.guid;
    expect((await agent.call('GET', 'onlineagent/{id}/agentstatus')).body.retcode).toBe('0');
  });
});

describe('sign-out and liveness', () => {
  it('logout answers success and ShutdownService is the last event, collected by a final poll', async () => {
    const agent = await GatewayAgent.signIn(app, 101);
    await agent.events();
    expect((await agent.call('DELETE', 'onlineagent/{id}/logout')).body).toEqual({ result: {}, message: 'success', retcode: '0' });
    const last = await agent.poll();
    expect(last.body.event).toEqual({ eventType: 'AgentOther_ShutdownService', workNo: '101', content: { loginTime: expect.stringMatching(/^\d+$/) } });
    expect((await agent.poll()).body.retcode).toBe('100-006');
  });

  it('forcelogout and forcelogoutwithreason answer without result; a bad reason is 100-005', async () => {
    const a = await GatewayAgent.signIn(app, 101);
    expect((await a.call('DELETE', 'onlineagent/{id}/forcelogout')).body).toEqual({ message: 'success', retcode: '0' });
    const b = await GatewayAgent.signIn(app, 102);
    expect((await b.call('DELETE', 'onlineagent/{id}/forcelogoutwithreason/0')).body.retcode).toBe('100-005');
    expect((await b.call('DELETE', 'onlineagent/{id}/forcelogoutwithreason/256')).body.retcode).toBe('100-005');
    expect((await b.call('DELETE', 'onlineagent/{id}/forcelogoutwithreason/12')).body).toEqual({ message: 'success', retcode: '0' });
  });

  it('signs out an agent that has not polled for two minutes', async () => {
    const agent = await GatewayAgent.signIn(app, 101);
    await advance(app, 119_000);
    expect((await agent.call('GET', 'onlineagent/{id}/agentstatus')).body.retcode).toBe('0');
    await advance(app, 1_000);
    expect((await agent.call('GET', 'onlineagent/{id}/agentstatus')).body.retcode).toBe('100-006');
  });

  it('keeps a polling agent signed in', async () => {
    const agent = await GatewayAgent.signIn(app, 101);
    for (let i = 0; i < 5; i++) {
      await advance(app, 60_000);
      await agent.events();
      const held = await agent.heldPoll();
      await advance(app, 10_000);
      expect((await held.reply).body).toEqual({ message: '', retcode: '0', event: null });
    }
    expect((await agent.call('GET', 'onlineagent/{id}/agentstatus')).body.retcode).toBe('0');
  });

  it('handshake keeps the session alive and validates service_token', async () => {
    const agent = await GatewayAgent.signIn(app, 101);
    expect((await agent.call('POST', 'onlineagent/{id}/handshake')).body).toEqual({ message: 'success', retcode: '0' });
    const bad = await app.request({ method: 'POST', url: '/agentgateway/resource/onlineagent/101/handshake', headers: { guid: agent.guid, service_token: 'bad token!' } });
    expect(bad.body.retcode).toBe('100-001');
  });
});

describe('static GUIDs (AUTHMODE=1, --guid-mode static)', () => {
  it('never rotates the GUID: polls carry no Set-GUID and the sign-in GUID keeps working', async () => {
    const staticApp = await createTestApp({ args: ['--guid-mode', 'static'] });
    try {
      const agent = await GatewayAgent.signIn(staticApp, 101);
      const original = agent.guid;
      for (let i = 0; i < 3; i++) {
        await advance(staticApp, 61_000);
        const held = await agent.heldPoll();
        await advance(staticApp, 10_000);
        const res = await held.reply;
        expect(res.headers['set-guid']).toBeUndefined();
        await agent.events();
      }
      expect(agent.guid).toBe(original);
      expect((await agent.call('GET', 'onlineagent/{id}/agentstatus')).body.retcode).toBe('0');
    } finally {
      await staticApp.close();
    }
  });
});
