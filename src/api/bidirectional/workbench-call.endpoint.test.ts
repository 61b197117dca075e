// Goal: 6.2.11 queryUserContactLimit and 6.2.12 queryCallInfoByCallId describe a real call of the
// caller's tenant by its CTI call id, bare (no code field), and refuse other tenants' calls and
// tenant ids. Method: a bidirectional call and a simulated inbound call on a virtual clock.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.ts';
import { addOtherTenant, advanceAndSettle, bidirectionalApp, mobileAgentBase } from './bidirectional.test-support.ts';

let app: TestApp;
let call: Awaited<ReturnType<typeof bidirectionalApp>>['call'];
afterEach(async () => {
  await app.close();
});

const contact = (body: unknown) => call('/apiaccess/rest/workbench/v1/queryUserContactLimit', body);
const info = (body: unknown) => call('/apiaccess/rest/workbench/v1/queryCallInfoByCallId', body);

async function bidirectionalCallId(): Promise<{ sn: string; callId: string }> {
  const sn = (await call(`${mobileAgentBase}/createCall`, { caller: '70101', called: '88889060', agentWorkNo: '101', callData: 'order 7' })).body.result.callSerialNo as string;
  await advanceAndSettle(app, 0);
  return { sn, callId: (await app.services.repos.systemCalls.find(1, sn))!.callId! };
}

describe('6.2.11 queryUserContactLimit', () => {
  it('describes a bidirectional call in the example shape', async () => {
    ({ app, call } = await bidirectionalApp());
    const { sn, callId } = await bidirectionalCallId();
    const res = await contact({ callId, userId: '1652268429538866153', tenantId: '1' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ callSerialno: sn, countId: '1652268429538866153', callId, mediaAbility: 1, channelType: 1, beginTime: '2026-01-05 08:00:00', callType: 7 });
  });

  it('describes an inbound call from its CDR once it has ended', async () => {
    ({ app, call } = await bidirectionalApp());
    const callId = (await app.request({ method: 'POST', url: '/sim/v1/calls', body: { caller: '13900001234', called: '4002' } })).body.callId as string;
    await advanceAndSettle(app, 600_000);
    expect((await contact({ callId, userId: 'u1', tenantId: '1' })).body).toEqual({ countId: 'u1', callId, mediaAbility: 1, channelType: 1, beginTime: '2026-01-05 08:00:00', callType: 0 });
  });

  it('refuses a wrong tenant id, an unknown call and missing fields', async () => {
    ({ app, call } = await bidirectionalApp());
    const { callId } = await bidirectionalCallId();
    expect((await contact({ callId, userId: 'u1', tenantId: '202205116084' })).status).toBe(500);
    expect((await contact({ callId: '1652317325-339', userId: 'u1', tenantId: '1' })).status).toBe(500);
    expect((await contact({ callId, tenantId: '1' })).status).toBe(400);
    const other = await addOtherTenant(app);
    expect((await other('/apiaccess/rest/workbench/v1/queryUserContactLimit', { callId, userId: 'u1', tenantId: '7' })).status).toBe(500);
  });
});

describe('6.2.12 queryCallInfoByCallId', () => {
  it('gives the parties as numbers, the call data and the type, for an agent on the call', async () => {
    ({ app, call } = await bidirectionalApp());
    const { callId } = await bidirectionalCallId();
    const res = await info({ callId, userId: 'u1', tenantId: '1', agentId: '101' });
    expect(res.body).toEqual({ caller: 70101, called: 88889060, mediaAbility: 1, calldata: 'order 7', callId, callType: 7 });
    expect((await info({ callId, userId: 'u1', tenantId: '1', agentId: '102' })).status).toBe(500);
    const other = await addOtherTenant(app);
    expect((await other('/apiaccess/rest/workbench/v1/queryCallInfoByCallId', { callId, userId: 'u1', tenantId: '7', agentId: '101' })).status).toBe(500);
  });
});
