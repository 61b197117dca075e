// Goal: resetskill (6.1.1.8) changes the skills an agent is signed in to and routing follows at
// once: a subset keeps calls of the other skills away, joining a skill serves its waiting call, and
// a skill left without agents meets its "no agent on duty" policy. Method: the demo tenant (skill 1
// voice, policies Release) on a virtual clock; calls dialled through the simulator.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { dial, GatewayAgent } from '../../../../test/support/gateway-client.ts';

let app: TestApp;
let agent: GatewayAgent;
beforeEach(async () => {
  app = await createTestApp();
  agent = await GatewayAgent.signIn(app, 101);
  await agent.events();
});
afterEach(async () => {
  await app.close();
});

const reset = (path: string) => agent.call('POST', `onlineagent/{id}/resetskill/${path}`);
const callState = async (callId: string) => (await app.request({ method: 'GET', url: `/sim/v1/calls/${callId}` })).body.state;
const signedInSkills = async (workNo: number) => [...((await app.services.cti.registry.get(1)).agents.get(workNo)?.signedInSkills ?? [])];

describe('6.1.1.8 resetskill', () => {
  it('answers the documented reply; a subset without skill 1 sends its calls to another agent', async () => {
    const other = await GatewayAgent.signIn(app, 102);
    await other.events();
    expect((await reset('false?skillid=999&phonelinkage=0')).body).toEqual({ result: {}, message: 'success', retcode: '0' });
    expect(await signedInSkills(101)).toEqual([]);
    await dial(app, '4001');
    expect(await agent.events()).toEqual([]);
    expect((await other.eventTypes())[0]).toBe('AgentEvent_Auto_Answer');
  });

  it('autoflag true signs in to every configured skill again, and the waiting call is offered at once', async () => {
    const other = await GatewayAgent.signIn(app, 102, { status: 3 });
    await other.events();
    await reset('false');
    const callId = await dial(app, '4001');
    expect(await callState(callId)).toBe('queued');
    expect((await reset('true')).body.retcode).toBe('0');
    expect(await signedInSkills(101)).toEqual([1]);
    expect((await agent.eventTypes())[0]).toBe('AgentEvent_Auto_Answer');
    expect(await callState(callId)).toBe('talking');
  });

  it('signs in to the intersection of skillid with the configured skills', async () => {
    await reset('false?skillid=');
    expect(await signedInSkills(101)).toEqual([]);
    expect((await reset('FALSE?skillid=1;2;3')).body.retcode).toBe('0');
    expect(await signedInSkills(101)).toEqual([1]);
    expect((await reset('anything?skillid=2,%203')).body.retcode).toBe('0');
    expect(await signedInSkills(101)).toEqual([]);
    const engine = await app.services.cti.registry.get(1);
    expect(engine.signedInBySkill.get(1)?.has(101)).toBe(false);
  });

  it('releases the calls waiting in a skill its last agent leaves ("no agent on duty")', async () => {
    await agent.call('POST', 'onlineagent/{id}/saybusy');
    const callId = await dial(app, '4001');
    expect(await callState(callId)).toBe('queued');
    await reset('false?skillid=');
    await app.services.settle();
    expect(await callState(callId)).toBe('ended');
    const rows = await app.services.repos.ctiRecords.cdrsOfCall(1, callId);
    expect(rows.at(-1)).toMatchObject({ deviceType: 1, deviceNo: 1, leaveReason: 3 });
  });

  it('refuses a malformed skillid or phonelinkage (000-002) and an agent not signed in (100-006)', async () => {
    for (const path of ['false?skillid=1;x', 'false?skillid=-1', `false?skillid=${'1;'.repeat(2001)}`, 'true?phonelinkage=2']) {
      expect((await reset(path)).body.retcode, path.slice(0, 40)).toBe('000-002');
    }
    expect(await signedInSkills(101)).toEqual([1]);
    expect((await new GatewayAgent(app, 102).call('POST', 'onlineagent/{id}/resetskill/true')).body.retcode).toBe('100-006');
  });
});
