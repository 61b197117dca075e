// Goal: the work-state interfaces (6.1.1.9–6.1.1.15) follow the state table over HTTP, with
// their events and codes. Method: the demo tenant on a virtual clock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, GatewayAgent } from '../../../../test/support/gateway-client.ts';

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

const state = async () => (await agent.call('GET', 'onlineagent/{id}/agentstatus')).body.result.agentState;

describe('work-state interfaces', () => {
  it('saybusy → cancelbusy with the busy reason', async () => {
    expect((await agent.call('POST', 'onlineagent/{id}/saybusy?reason=201')).body).toEqual({ result: {}, message: 'success', retcode: '0' });
    expect(await agent.events()).toEqual([['AgentState_SetNotReady_Success', { reason: '201' }]]);
    expect(await state()).toBe(3);
    expect((await agent.call('POST', 'onlineagent/{id}/saybusy?reason=202')).body.retcode).toBe('100-009');
    expect((await agent.call('POST', 'onlineagent/{id}/saybusy?reason=202&prolong=true')).body.retcode).toBe('0');
    expect(await agent.events()).toEqual([['AgentState_SetNotReady_Success', { reason: '202' }]]);
    expect((await agent.call('POST', 'onlineagent/{id}/cancelbusy')).body.retcode).toBe('0');
    expect(await agent.eventTypes()).toEqual(['AgentState_CancelNotReady_Success']);
    expect(await state()).toBe(4);
  });

  it('validates the busy reason (0 or 200–250)', async () => {
    for (const reason of ['199', '251', 'x', '-1']) expect((await agent.call('POST', `onlineagent/{id}/saybusy?reason=${reason}`)).body.retcode).toBe('000-002');
    expect((await agent.call('POST', 'onlineagent/{id}/saybusy?reason=0')).body.retcode).toBe('0');
  });

  it('rest reminds at the end of its time and keeps the agent resting until cancelrest', async () => {
    expect((await agent.call('POST', 'onlineagent/{id}/rest/60/3')).body.retcode).toBe('0');
    expect(await agent.events()).toEqual([['AgentState_SetRest_Success', { reason: '3' }]]);
    expect(await state()).toBe(8);
    await advance(app, 59_000);
    expect(await agent.events()).toEqual([]);
    await advance(app, 1_000);
    expect(await agent.eventTypes()).toEqual(['AgentState_Rest_Timeout']);
    expect(await state()).toBe(8);
    expect((await agent.call('POST', 'onlineagent/{id}/cancelrest')).body.retcode).toBe('0');
    expect(await agent.eventTypes()).toEqual(['AgentState_CancelRest_Success']);
    expect(await state()).toBe(4);
  });

  it('validates rest time (1–86399) and cause (0–255)', async () => {
    for (const path of ['rest/0/1', 'rest/86400/1', 'rest/10/256', 'rest/x/1']) expect((await agent.call('POST', `onlineagent/{id}/${path}`)).body.retcode).toBe('000-002');
  });

  it('work → cancelwork, and sayfree leaves busy or wrap-up', async () => {
    expect((await agent.call('POST', 'onlineagent/{id}/work')).body.retcode).toBe('0');
    expect(await agent.eventTypes()).toEqual(['AgentState_SetWork_Success']);
    expect(await state()).toBe(5);
    expect((await agent.call('POST', 'onlineagent/{id}/cancelwork')).body.retcode).toBe('0');
    expect(await agent.eventTypes()).toEqual(['AgentState_CancelWork_Success']);
    await agent.call('POST', 'onlineagent/{id}/work');
    expect((await agent.call('POST', 'onlineagent/{id}/sayfree')).body.retcode).toBe('0');
    expect(await agent.eventTypes()).toEqual(['AgentState_SetWork_Success', 'AgentState_CancelWork_Success']);
  });

  it('answers 100-009 for requests the state does not allow', async () => {
    for (const path of ['sayfree', 'cancelbusy', 'cancelrest', 'cancelwork']) expect((await agent.call('POST', `onlineagent/{id}/${path}`)).body.retcode, path).toBe('100-009');
  });
});
