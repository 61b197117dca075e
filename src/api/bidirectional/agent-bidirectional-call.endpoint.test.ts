// Goal: a bidirectional call whose party A is the phone of a signed-in agent is the agent's own
// call: the agent's phone rings, the agent is busy and receives the callout events, the talk is
// recorded, and the call's state and reason follow the agent's call (released by the customer: 0;
// by the agent: 1). An agent already in a call fails party A (2). Method: a server on a virtual
// clock, an agent signed in through the gateway, the call made over C1.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.ts';
import { GatewayAgent } from '../../../test/support/gateway-client.ts';
import { advanceAndSettle, bidirectionalApp, mobileAgentBase } from './bidirectional.test-support.ts';

let app: TestApp;
let call: Awaited<ReturnType<typeof bidirectionalApp>>['call'];
afterEach(async () => {
  await app.close();
});

const state = async (sn: string) => (await call(`${mobileAgentBase}/queryCallState`, { callSerialNo: sn })).body.result;

describe('a bidirectional call through a signed-in agent', () => {
  it('is the agent callout: events, busy, recording, and reason 0 when the customer hangs up', async () => {
    ({ app, call } = await bidirectionalApp());
    const agent = await GatewayAgent.signIn(app, 101);
    await agent.events();
    const sn = (await call(`${mobileAgentBase}/createCall`, { caller: '70101', called: '88889060' })).body.result.callSerialNo as string;
    await advanceAndSettle(app, 3_000);
    expect(await state(sn)).toMatchObject({ state: 2 });
    const types = await agent.eventTypes();
    expect(types).toEqual(expect.arrayContaining(['AgentOther_PhoneAlerting', 'AgentState_Busy', 'AgentEvent_Customer_Alerting', 'AgentEvent_Talking', 'AgentMediaEvent_Record']));
    const row = await app.services.repos.systemCalls.find(1, sn);
    expect(row).toMatchObject({ serviceNo: '101', recordFile: expect.stringMatching(/mobileAgent/) });
    await advanceAndSettle(app, 200_000);
    expect(await state(sn)).toMatchObject({ state: 3, reasonCode: 0 });
    const cdr = await app.services.repos.ctiRecords.cdrsOfCall(1, row!.callId!);
    expect(cdr.map((r) => r.agentId)).toContain('101');
  });

  it('ends with reason 1 when the agent releases, and fails party A (2) while the agent is busy', async () => {
    ({ app, call } = await bidirectionalApp());
    const agent = await GatewayAgent.signIn(app, 101);
    const sn = (await call(`${mobileAgentBase}/createCall`, { caller: '70101', called: '88889060' })).body.result.callSerialNo as string;
    await advanceAndSettle(app, 3_000);
    const second = (await call(`${mobileAgentBase}/createCall`, { caller: '70101', called: '88889061' })).body.result.callSerialNo as string;
    await advanceAndSettle(app, 0);
    expect(await state(second)).toMatchObject({ state: 3, reasonCode: 2 });
    expect((await agent.call('DELETE', 'voicecall/{id}/release')).body.retcode).toBe('0');
    await advanceAndSettle(app, 0);
    expect(await state(sn)).toMatchObject({ state: 3, reasonCode: 1 });
  });
});
