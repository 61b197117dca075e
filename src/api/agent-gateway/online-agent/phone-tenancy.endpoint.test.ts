// Goal: a phone belongs to one tenant and serves one agent at a time (decision 0507, issue 7
// item 9): sign-in on another tenant's number, or on a number the tenant does not own, is 100-014
// (ref L21292); a number another agent of the tenant holds is 100-013; 6.1.1.26 never hands out a
// token for a phone the agent may not register; a phone is free again however its session ends.
// Method: the demo tenant (VDN 1, softphones 70101…) and the "video" tenant (VDN 2, softphone
// 8820001 and the configured range 7020001–7020100) in one server on a virtual clock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearerToken, c1, createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, GatewayAgent } from '../../../../test/support/gateway-client.ts';
import { addTenant, videoTenant } from '../../config-skills/tenant-fixture.test-support.ts';
import { provisionTenant } from '../../../tenancy/index.ts';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
  await addTenant(app);
});
afterEach(async () => {
  await app.close();
});

const video = { password: 'Video@123' };
const signIn = (workNo: number, body: Record<string, unknown> = {}) => new GatewayAgent(app, workNo).signIn(workNo >= 20001 ? { ...video, ...body } : body);
const retcode = async (res: Promise<{ body: { retcode: string } }>) => (await res).body.retcode;
const holder = (phone: string) => app.services.cti.registry.phones.holder(phone);

describe('a phone belongs to one tenant', () => {
  it("refuses another tenant's softphone with 100-014, in both directions, whether or not it is in use", async () => {
    expect(await retcode(signIn(101, { phonenum: '8820001' }))).toBe('100-014');
    expect(await retcode(signIn(20001, { phonenum: '70101' }))).toBe('100-014');
    expect(await retcode(signIn(20001, { phonenum: '70102' }))).toBe('100-014');
    expect(await retcode(signIn(101, { phonenum: '7020005' }))).toBe('100-014');
    await GatewayAgent.signIn(app, 101);
    expect(await retcode(signIn(20001, { phonenum: '70101' }))).toBe('100-014');
    expect(holder('70101')).toEqual({ vdnId: 1, workNo: 101 });
  });

  it("refuses a number outside the tenant's softphones and configured numbers (100-014)", async () => {
    const res = await signIn(101, { phonenum: '12345' });
    expect(res.body).toMatchObject({ retcode: '100-014', message: expect.stringContaining('not within the configured range') });
    expect(await retcode(signIn(20001, { phonenum: '7020101' }))).toBe('100-014');
    expect(await retcode(signIn(101, { phonenum: '070101' }))).toBe('100-014');
    expect(holder('12345')).toBeUndefined();
  });

  it("signs in on any of the tenant's numbers: an agent's softphone or the configured range", async () => {
    expect(await retcode(signIn(20001, { phonenum: '7020099' }))).toBe('0');
    expect(holder('7020099')).toEqual({ vdnId: 2, workNo: 20001 });
    expect(await retcode(signIn(102, { phonenum: '70105' }))).toBe('0');
  });

  it('refuses a phone another agent of the tenant holds with 100-013, and forcelogin moves a phone', async () => {
    const first = await GatewayAgent.signIn(app, 101);
    expect(await retcode(signIn(102, { phonenum: '70101' }))).toBe('100-013');
    expect(await retcode(new GatewayAgent(app, 102).signIn({ phonenum: '70101' }, '/forcelogin'))).toBe('100-013');
    expect(await retcode(new GatewayAgent(app, 101).signIn({ phonenum: '70103' }, '/forcelogin'))).toBe('0');
    expect(holder('70101')).toBeUndefined();
    expect(holder('70103')).toEqual({ vdnId: 1, workNo: 101 });
    expect((await first.call('GET', 'onlineagent/{id}/agentstatus')).body.retcode).toBe('000-003');
    expect(await retcode(signIn(102, { phonenum: '70101' }))).toBe('0');
  });
});

describe('a phone is free again when its session ends', () => {
  it('after logout and forced logout', async () => {
    const agent = await GatewayAgent.signIn(app, 101);
    expect((await agent.call('DELETE', 'onlineagent/{id}/logout')).body.retcode).toBe('0');
    expect(holder('70101')).toBeUndefined();
    const second = await GatewayAgent.signIn(app, 102, { phonenum: '70101' });
    expect((await second.call('DELETE', 'onlineagent/{id}/forcelogout')).body.retcode).toBe('0');
    expect(await retcode(signIn(103, { phonenum: '70101' }))).toBe('0');
  });

  it('after the session times out for want of polls', async () => {
    await GatewayAgent.signIn(app, 101);
    await advance(app, 119_000);
    expect(await retcode(signIn(102, { phonenum: '70101' }))).toBe('100-013');
    await advance(app, 2_000);
    expect(holder('70101')).toBeUndefined();
    expect(await retcode(signIn(102, { phonenum: '70101' }))).toBe('0');
  });
});

describe('6.1.1.26 logininfo and phone ownership', () => {
  it("refuses a token for a phone the tenant no longer owns (100-014), never another tenant's", async () => {
    const agent = await GatewayAgent.signIn(app, 20001, { ...video, phonenum: '7020007' });
    expect((await agent.call('POST', 'onlineagent/{id}/logininfo')).body.result.phonenum).toBe('7020007');
    await app.services.repos.vdns.update(2, { settings: '{}' });
    await app.services.cti.registry.reload(2);
    const res = await agent.call('POST', 'onlineagent/{id}/logininfo');
    expect(res.body).toMatchObject({ retcode: '100-014' });
    expect(res.body.result?.phonetoken).toBeUndefined();
  });

  it('refuses the configured softphone of a CTI-only session while another agent holds it (100-013)', async () => {
    await GatewayAgent.signIn(app, 102, { phonenum: '70101' });
    const res = await app.request({ method: 'PUT', url: '/agentgateway/resource/onlineagent/101/loginex', body: { password: 'Demo@123' } });
    const agent = new GatewayAgent(app, 101);
    agent.guid = String(res.headers.guid);
    expect((await agent.call('POST', 'onlineagent/{id}/logininfo')).body.retcode).toBe('100-013');
  });
});

describe('mobile agents (6.1.2.26) take numbers the tenant allows', () => {
  it("refuses a number outside the tenant's numbers and another tenant's phone", async () => {
    const call = c1(app, await bearerToken(app));
    const login = (phone: string) => call('/apiaccess/rest/cc-management/v1/offline/agent/login', { phone, workNo: 107 });
    expect((await login('15012345678')).body).toEqual({ returnCode: '1', description: "The number 15012345678 is not one of the tenant's phone numbers." });
    expect((await login('8820001')).body.returnCode).toBe('1');
    expect((await login('13912345678')).body.returnCode).toBe('0');
    expect(holder('13912345678')).toEqual({ vdnId: 1, workNo: 107 });
  });
});

describe('provisioning keeps phones to one tenant', () => {
  const third = (settings: Record<string, unknown>, sipAccount = '9930001') => {
    const spec = videoTenant();
    return { ...spec, vdnId: 3, name: 'third', workNoRange: [30001, 30100] as [number, number], appCredentials: [{ appKey: 'third-ak', appSecret: 'third-sk' }], settings, accessCodes: [], ivrFlows: [], agents: [{ ...spec.agents[0]!, workNo: 30001, userAccount: 'third30001', sipAccount }] };
  };

  it("refuses numbers that overlap another tenant's numbers or softphones, and invalid lists", async () => {
    await expect(provisionTenant(app.services, third({ phoneNumbers: ['7020100-7020200'] }))).rejects.toThrow(/overlap VDN 2/);
    await expect(provisionTenant(app.services, third({ phoneNumbers: ['70100-70199'] }))).rejects.toThrow(/softphone 70101 of another tenant/);
    await expect(provisionTenant(app.services, third({}, '7020050'))).rejects.toThrow(/lies in VDN 2/);
    await expect(provisionTenant(app.services, third({ phoneNumbers: ['99-1'] }))).rejects.toThrow(/phoneNumbers/);
    await expect(provisionTenant(app.services, third({ phoneNumbers: ['7030001-7030100'] }))).resolves.toMatchObject({ vdnId: 3 });
  });
});
