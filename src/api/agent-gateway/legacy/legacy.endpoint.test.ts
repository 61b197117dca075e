// Goal: the pre-2.5 gateway routes that historical clients still call answer as their 2.5
// counterparts do, on real session state. Method: agents of the demo tenant sign in through the
// gateway (inject); each route is called and compared with the state it reports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureFlowControl } from '../flow-control.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { GatewayAgent } from '../../../../test/support/gateway-client.ts';

let app: TestApp;
let a101: GatewayAgent;
let a102: GatewayAgent;
beforeAll(async () => {
  app = await createTestApp();
  configureFlowControl(app.services, { enabled: false });
  a101 = await GatewayAgent.signIn(app, 101);
  a102 = await GatewayAgent.signIn(app, 102);
  await a101.events();
  await a102.events();
});
afterAll(async () => {
  await app.close();
});

describe('heartbeat', () => {
  it('keeps the session alive like handshake and answers loginTime', async () => {
    const res = await a101.call('PUT', 'onlineagent/{id}/heartbeat');
    expect(res.body).toEqual({ message: 'success', retcode: '0', result: { loginTime: expect.stringMatching(/^\d+$/) } });
    expect(res.headers['set-guid']).toBe(`JSESSIONID=${a101.guid}`);
    expect(res.headers.guid).toBe(a101.guid);
    expect(res.body.result.loginTime).toBe(String((await app.services.cti.registry.get(1)).agents.get(101)!.loginTimeMs));
    // Two minutes of heartbeats every 60 s keep it signed in; its absence would sign it out.
    for (let i = 0; i < 3; i++) {
      app.clock.advance(60_000);
      expect((await a101.call('PUT', 'onlineagent/{id}/heartbeat')).body.retcode).toBe('0');
      expect((await a102.call('PUT', 'onlineagent/{id}/heartbeat')).body.retcode).toBe('0');
    }
    expect((await a101.call('GET', 'onlineagent/{id}/agentstatus')).body.retcode).toBe('0');
  });

  it('refuses an agent that is not signed in with 100-006', async () => {
    expect((await new GatewayAgent(app, 109).call('PUT', 'onlineagent/{id}/heartbeat')).body.retcode).toBe('100-006');
  });
});

describe('agent-group routes', () => {
  it('onlineagentonvdn lists each signed-in agent once', async () => {
    const { body } = await a101.call('GET', 'agentgroup/{id}/onlineagentonvdn');
    expect(body.retcode).toBe('0');
    expect(body.result.map((a: { workno: string }) => a.workno)).toEqual(['101', '102']);
    expect(body.result[0]).toMatchObject({ workno: '101', vdnid: 1, phonenumber: '70101', groupid: 0 });
  });

  it('allagentstatus lists every agent of the VDN, signed-out ones as status 2', async () => {
    const { body } = await a101.call('GET', 'agentgroup/{id}/allagentstatus');
    const byWorkNo = new Map(body.result.map((a: { workno: string }) => [a.workno, a]));
    expect(byWorkNo.size).toBe((await app.services.cti.registry.get(1)).config.agents.size);
    expect(byWorkNo.get('110')).toMatchObject({ status: '2', ctiStatus: '0' });
    expect((byWorkNo.get('101') as { status: string }).status).not.toBe('2');
  });

  it('groupbyagent answers the group of an agent of the VDN and 300-002 for others', async () => {
    expect((await a101.call('GET', 'agentgroup/{id}/groupbyagent/102')).body.result).toHaveLength(2);
    expect((await a101.call('GET', 'agentgroup/{id}/groupbyagent/30001')).body.retcode).toBe('300-002');
    expect((await a101.call('GET', 'agentgroup/{id}/groupbyagent/abc')).body.retcode).toBe('000-002');
  });

  it("restreason lists the tenant's rest reason codes, ordered by id", async () => {
    const res = await a101.call('GET', 'agentgroup/{id}/restreason');
    expect(res.body).toEqual({
      message: 'success',
      retcode: '0',
      result: [
        { restReasonId: 1, restReason: 'Lunch' },
        { restReasonId: 2, restReason: 'Training' },
        { restReasonId: 100, restReason: 'Uncomfortable' },
      ],
    });
  });
});

describe('innoinfo and notifybulletin', () => {
  it('innoinfo lists the access codes of the VDN and where they route', async () => {
    const { body } = await a101.call('GET', 'queuedevice/{id}/innoinfo');
    expect(body.retcode).toBe('0');
    expect(body.result).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ accessCode: '4001', deviceType: 1, deviceId: 1 }),
        expect.objectContaining({ accessCode: '4002', deviceType: 3, deviceId: 1 }),
      ]),
    );
  });

  it('notifybulletin delivers AgentOther_Note to the other signed-in agents', async () => {
    const res = await a101.call('POST', 'onlineagent/{id}/notifybulletin', { content: 'Fire drill at 3 pm' });
    expect(res.body).toEqual({ message: 'success', retcode: '0', result: { delivered: 1 } });
    expect(await a102.events()).toContainEqual(['AgentOther_Note', { sender: '101', content: 'Fire drill at 3 pm' }]);
    expect((await a101.call('POST', 'onlineagent/{id}/notifybulletin', { content: 'x'.repeat(1024) })).body.retcode).toBe('100-001');
    expect((await a101.call('POST', 'onlineagent/{id}/notifybulletin', {})).body.retcode).toBe('100-001');
  });
});
