import { expect } from 'vitest';
import { provisionTenant, type TenantSpec } from '../../tenancy/index.ts';
import { cmsRequest, globalKey, type AkSk } from '../../../test/support/cms-client.ts';
import { advance, GatewayAgent } from '../../../test/support/gateway-client.ts';
import type { TestApp } from '../../../test/support/test-app.ts';

/** The AK/SK of the second tenant (VDN 7) of the CMS isolation tests. */
export const otherKey: AkSk = { accessKey: 'cms-other-ak', secretKey: 'cms-other-sk' };

const release = { transferType: 'Release' as const };

/** A second tenant, VDN 7, with skill 1 and agent 30001 in it, for isolation tests. */
export async function addOtherTenant(app: TestApp): Promise<void> {
  const spec: TenantSpec = {
    vdnId: 7,
    name: 'other',
    workNoRange: [30001, 30100],
    appCredentials: [{ appKey: otherKey.accessKey, appSecret: otherKey.secretKey }],
    adminPassword: 'Other@123',
    settings: { callbackTrustlist: ['http://127.0.0.1'] },
    skills: [{ skillId: 1, name: 'OtherVoice', description: 'other', mediaTypeId: 5, maxWaitTime: 60, maxWaitNum: 10, maxAgentWrapupTime: 5, skillParam: { noAgents: release, busy: release, timeOut: release } }],
    agents: [
      {
        workNo: 30001,
        userAccount: 'other30001',
        userName: 'Other 30001',
        password: 'Demo@123',
        ctiPassword: 'Demo@123',
        email: 'a@other.local',
        agentType: 99,
        ccRoleId: 2,
        sipAccount: '7730001',
        sipPwd: 'Demo@123',
        skills: [{ skillId: 1, agentWeight: 1, skillWeight: 1 }],
      },
    ],
    accessCodes: [],
    ivrFlows: [],
    calledRoutes: [],
    satisfaction: { enabled: false },
  };
  await provisionTenant(app.services, spec);
}

/** The body of a CMS reply signed with `key` (the demo tenant's by default). */
export async function cms(app: TestApp, url: string, body: unknown, key?: AkSk): Promise<any> {
  const res = await cmsRequest(app, url, body, key ? { key } : {});
  expect(res.status, res.text).toBe(200);
  return res.body;
}

/** Every body is refused with 0100002 "Invalid parameter" in the interface's envelope. */
export async function expectInvalid(app: TestApp, url: string, bodies: readonly unknown[]): Promise<void> {
  for (const body of bodies) {
    const reply = await cms(app, url, body);
    expect(reply, JSON.stringify(body)).toMatchObject({ resultCode: '0100002' });
    expect(typeof reply.resultDesc).toBe('string');
  }
}

/**
 * A tenant key is confined to its VDN (0101003 for another, existing or not), the global key reads
 * any VDN, and `read` sees each tenant's own state.
 */
export async function expectTenantConfined(app: TestApp, url: string, body: (vdn: number) => Record<string, unknown>): Promise<void> {
  expect(await cms(app, url, body(7))).toMatchObject({ resultCode: '0101003' });
  expect(await cms(app, url, body(1), otherKey)).toMatchObject({ resultCode: '0101003' });
  expect(await cms(app, url, body(2))).toMatchObject({ resultCode: '0101003' });
  expect(await cms(app, url, body(7), otherKey)).toMatchObject({ resultCode: '0100000' });
  expect(await cms(app, url, body(7), globalKey)).toMatchObject({ resultCode: '0100000' });
}

/** Signs demo agents in through the gateway (phone 70<workNo>), manual answer unless told otherwise. */
export async function signInAgents(app: TestApp, workNos: readonly number[], body: Record<string, unknown> = {}): Promise<GatewayAgent[]> {
  const agents: GatewayAgent[] = [];
  for (const workNo of workNos) agents.push(await GatewayAgent.signIn(app, workNo, { autoanswer: false, ...body }));
  await advance(app, 0);
  return agents;
}

/**
 * Three calls to skill 1 around a 5-minute boundary: at 08:03:00 agent 101 (auto-answer) signs
 * in; A (talks 90 s) is answered at once, B (patience 30 s) and C (patience 10 s) wait behind it
 * and abandon at 08:03:30 and 08:03:10. `at` advances the virtual clock to a time of day.
 */
export async function threeCallsAroundABoundary(app: TestApp): Promise<{ at(hhmmss: string): Promise<void>; calls: { a: string; b: string; c: string } }> {
  const day = Date.UTC(2026, 0, 5);
  const at = async (hhmmss: string) => {
    const [h, m, s] = hhmmss.split(':').map(Number) as [number, number, number];
    await advance(app, day + ((h * 60 + m) * 60 + s) * 1000 - app.clock.now());
  };
  await at('08:03:00');
  await GatewayAgent.signIn(app, 101, { autoanswer: true, autoenteridle: false });
  const dial = async (extra: Record<string, unknown>) => {
    const res = await app.request({ method: 'POST', url: '/sim/v1/calls', body: { caller: '13800000001', called: '4001', ...extra } });
    return res.body.callId as string;
  };
  const a = await dial({ talkSeconds: 90 });
  const b = await dial({ patienceSeconds: 30 });
  const c = await dial({ patienceSeconds: 10 });
  return { at, calls: { a, b, c } };
}

/**
 * The acceptance floor of issue 9: agents 101–105 sign in (manual answer); 101 goes busy, 102
 * rests, a call is answered by 103 and another rings at 104; 105 stays idle.
 */
export async function agentFloor(app: TestApp): Promise<{ agents: GatewayAgent[]; talking: string; ringing: string }> {
  const agents = await signInAgents(app, [101, 102, 103, 104, 105]);
  const [a101, a102, a103] = agents as [GatewayAgent, GatewayAgent, GatewayAgent];
  expect((await a101.call('POST', 'onlineagent/{id}/saybusy')).body.retcode).toBe('0');
  expect((await a102.call('POST', 'onlineagent/{id}/rest/600/3')).body.retcode).toBe('0');
  const dialled = async () => (await app.request({ method: 'POST', url: '/sim/v1/calls', body: { caller: '13800000001', called: '4001', talkSeconds: 3600 } })).body.callId as string;
  const talking = await dialled();
  await advance(app, 1_000);
  expect((await a103.call('PUT', `voicecall/{id}/answer?callid=${talking}`)).body.retcode).toBe('0');
  await advance(app, 1_000);
  const ringing = await dialled();
  await advance(app, 1_000);
  return { agents, talking, ringing };
}
