// Goal: the one-click trial (§17.2, §17.3; decisions 1506, 1507): a code per phone on the Clock,
// read through /sim/v1/sms; its return codes 200/201/202/204/205; the application's 000–006 and
// 205; a trial tenant that works with the e-mailed credentials (skills query, agent sign-in) and
// that §15.1.4 shows. Method: the virtual clock moves past the code lifetime; the outboxes are
// read through the simulator API; thresholds are reached by writing to the outbox directly.
import { afterEach, describe, expect, it } from 'vitest';
import { bearerToken, c1, createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { advance, GatewayAgent } from '../../../test/support/gateway-client.ts';
import { trialLimits } from '../../services/trial/index.ts';

let app: TestApp;
afterEach(async () => {
  await app?.close();
});

const base = '/apiaccess/rest/ipccprovision/v1/applyTry';
const generate = (body: unknown) => app.request({ method: 'POST', url: `${base}/generateverifycode`, body });
const apply = (body: Record<string, unknown>) => app.request({ method: 'POST', url: `${base}/applyTenant`, body: { companyName: 'Acme Trading Co', email: 'li.lei@acme.example', ...body } });
const lastSmsCode = async (phone: string) => /code is ([0-9]{6})/.exec((await app.request({ method: 'GET', url: `/sim/v1/sms?to=${phone}` })).body.messages[0].text)![1]!;
const fill = async (channel: 'sms' | 'email', count: number) => {
  for (let i = 0; i < count; i++) await app.services.repos.trial.insertMessage({ id: `f${i}`, channel, recipient: 'x', subject: '', body: '', sentAtMs: app.clock.now() });
};

describe('17.2 generateverifycode', () => {
  it('sends one live code per phone, readable through /sim/v1/sms, for five minutes', { timeout: 30_000 }, async () => {
    app = await createTestApp();
    const sent = await generate({ phone: '16673280001' });
    expect(sent.body).toEqual({ retCode: '200', retMsg: 'The short message is sent successfully.' });
    expect(await lastSmsCode('16673280001')).toMatch(/^[0-9]{6}$/);
    expect((await generate({ requestBody: { phone: '16673280001' } })).body.retCode).toBe('201');
    await advance(app, trialLimits.verifyCodeLifetimeMs);
    expect((await generate({ phone: '16673280001' })).body.retCode).toBe('200');
  });

  it('answers 202 for a number no SMS reaches, 204 with the gateway down, 205 at the daily threshold, 400 without phone', async () => {
    app = await createTestApp();
    expect((await generate({ phone: '12ab' })).body.retCode).toBe('202');
    await app.request({ method: 'PUT', url: '/sim/v1/sms/gateway', body: { available: false } });
    expect((await generate({ phone: '16673280002' })).body).toMatchObject({ retCode: '204' });
    await app.request({ method: 'PUT', url: '/sim/v1/sms/gateway', body: { available: true } });
    expect((await generate({ phone: '16673280002' })).body.retCode).toBe('200');
    await fill('sms', trialLimits.smsPerDayMax);
    expect((await generate({ phone: '16673280003' })).body.retCode).toBe('205');
    const bad = await generate({});
    expect(bad.status).toBe(400);
    expect(bad.body).toMatch(/^Incorrect request\./);
  });
});

describe('17.3 applyTenant', () => {
  it('creates a working trial tenant and mails its credentials; 15.1.4 shows the trial', { timeout: 30_000 }, async () => {
    app = await createTestApp();
    await generate({ phone: '16673280010' });
    const code = await lastSmsCode('16673280010');
    const res = await apply({ phone: '16673280010', phoneVerifyCode: code });
    expect(res.body).toEqual({ returnCode: '000', returnMsg: 'success', retCode: '000', retMsg: 'success' });
    const mail = (await app.request({ method: 'GET', url: '/sim/v1/emails?to=li.lei@acme.example' })).body.messages[0].text as string;
    const [, ak, sk] = /API key .*: (\S+) \/ (\S+)/.exec(mail)!;
    const [, workNo, password, sip] = /work number ([0-9]+), account \S+, password (\S+), softphone ([0-9]+)/.exec(mail)!;
    expect(mail).toContain('VDN 2');
    expect(mail).toContain('Hotline access code: 4100');
    const token = await bearerToken(app, ak, sk);
    const skills = await c1(app, token)('/apiaccess/rest/cc-management/v1/skill/querySkills', {});
    expect(skills.body).toMatchObject({ returnCode: '0', total: 1 });
    expect(Number(workNo)).toBe(10000);
    await GatewayAgent.signIn(app, Number(workNo), { password, phonenum: sip });
    const trial = await app.request({ method: 'GET', url: '/rest/oma/softwareconsole/trialtenant/querytenantinfo', headers: { 'X-Auth-Token': token } });
    expect(trial.body).toMatchObject({ createDate: app.clock.now(), expiryDate: app.clock.now() + trialLimits.trialDurationMs, mobilePhone: '166****0010', company: 'Acme XXXXXXX XX', email: 'li.l***@acme.example', tenantSpaceStatus: '5' });
    // The demo tenant's token still sees only the demo tenant.
    expect((await app.request({ method: 'GET', url: '/rest/oma/softwareconsole/trialtenant/querytenantinfo', headers: { 'X-Auth-Token': await bearerToken(app) } })).status).toBe(404);
    // The same phone again: a tenant already exists (004).
    await generate({ phone: '16673280010' });
    expect((await apply({ phone: '16673280010', phoneVerifyCode: await lastSmsCode('16673280010') })).body.returnCode).toBe('004');
  });

  it('answers 001 without a live code, 002 for a wrong one, 001 after too many wrong ones', { timeout: 30_000 }, async () => {
    app = await createTestApp();
    expect((await apply({ phone: '16673280020', phoneVerifyCode: '123456' })).body.returnCode).toBe('001');
    await generate({ phone: '16673280020' });
    const code = await lastSmsCode('16673280020');
    const wrong = code === '000000' ? '000001' : '000000';
    for (let i = 0; i < trialLimits.verifyCodeFailuresMax; i++) expect((await apply({ phone: '16673280020', phoneVerifyCode: wrong })).body.returnCode).toBe('002');
    expect((await apply({ phone: '16673280020', phoneVerifyCode: code })).body.returnCode).toBe('001');
    await generate({ phone: '16673280020' });
    await advance(app, trialLimits.verifyCodeLifetimeMs);
    expect((await apply({ phone: '16673280020', phoneVerifyCode: await lastSmsCode('16673280020') })).body.returnCode).toBe('001');
    expect((await apply({ phone: '16673280020', phoneVerifyCode: '1', email: 'not-an-email' })).status).toBe(400);
  });

  it('answers 006 when no trial access code is left and 205 at the daily e-mail threshold', { timeout: 30_000 }, async () => {
    app = await createTestApp({ args: ['--trial-access-codes', '4100-4100'] });
    await generate({ phone: '16673280030' });
    expect((await apply({ phone: '16673280030', phoneVerifyCode: await lastSmsCode('16673280030') })).body.returnCode).toBe('000');
    await generate({ phone: '16673280031' });
    expect((await apply({ phone: '16673280031', phoneVerifyCode: await lastSmsCode('16673280031') })).body.returnCode).toBe('006');
    await fill('email', trialLimits.emailsPerDayMax);
    expect((await apply({ phone: '16673280031', phoneVerifyCode: await lastSmsCode('16673280031') })).body.returnCode).toBe('205');
  });
});
