// Goal: §12.2.1 rating rules persist per tenant, the default rule "0" is always there, and the
// documented envelope, codes and HTTP statuses come back.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.ts';
import { otherSqmTenant, sqmApp, type SqmCaller } from './ccsqm.test-support.ts';

let app: TestApp;
let call: SqmCaller;
afterEach(async () => app?.close());

describe('§12.2.1 scoresetting', () => {
  it('lists the default rule on a fresh tenant and applies a created rule (ref L42943–42992)', async () => {
    ({ app, call } = await sqmApp());
    const fresh = await call('appraisescore/queryAppraiseScore', { page: 1, limit: 10000 });
    expect(fresh.status).toBe(200);
    expect(fresh.body).toEqual({ resultCode: '0412000', resultDesc: 'Operation successful.', fundamental_score: [{ lower_bound: 1, name: 'default', upper_bound: 100, id: '0', base: 60 }], using: '0' });
    const created = await call('appraisescore/createAppraiseScore', { name: 'test', lower_bound: 11, upper_bound: 111, base: 11 });
    expect(created.body).toMatchObject({ resultCode: '0412000', id: expect.stringMatching(/^\d+$/) });
    expect((await call('appraisescore/applyAppraiseScore', { id: created.body.id })).body.resultCode).toBe('0412000');
    // The URI-line spelling of 12.2.1.4 (ref L42892) and the CCISQM prefix reach the same rules.
    const listed = await call('/CCSQM/rest/ccisqm/v1/appraisescorerequest/queryAppraiseScore', { page: '1', limit: '10' });
    expect(listed.body.using).toBe(created.body.id);
    expect(listed.body.fundamental_score.map((r: { name: string }) => r.name)).toEqual(['default', 'test']);
  });

  it('modifies, refuses bad bounds, unknown ids and removing the default; removing the rule in use falls back to "0"', async () => {
    ({ app, call } = await sqmApp());
    const { id } = (await call('appraisescore/createAppraiseScore', { name: 'r', lower_bound: 0, upper_bound: 100, base: 80 })).body;
    expect((await call('appraisescore/modifyAppraiseScore', { id, name: 'r2', lower_bound: 0, upper_bound: 100, base: 90 })).body.resultCode).toBe('0412000');
    const bad = await call('appraisescore/createAppraiseScore', { name: 'x', lower_bound: 50, upper_bound: 100, base: 10 });
    expect(bad.status).toBe(400);
    expect(bad.body.resultCode).toBe('0412001');
    const missing = await call('appraisescore/createAppraiseScore', { name: 'x', lower_bound: 1 });
    expect([missing.status, missing.body.resultCode]).toEqual([400, '0412001']);
    const unknown = await call('appraisescore/applyAppraiseScore', { id: '123' });
    expect([unknown.status, unknown.body.resultCode]).toEqual([500, '0412002']);
    const dflt = await call('appraisescore/removeAppraiseScore', { id: '0' });
    expect([dflt.status, dflt.body.resultCode]).toEqual([500, '0412004']);
    await call('appraisescore/applyAppraiseScore', { id });
    await call('appraisescore/removeAppraiseScore', { id });
    const after = await call('appraisescore/queryAppraiseScore', { page: 1, limit: 10 });
    expect(after.body.using).toBe('0');
    expect(after.body.fundamental_score).toHaveLength(1);
  });

  it('requires the bearer token and a mandatory x-UserId naming a user of the tenant', async () => {
    ({ app, call } = await sqmApp());
    const noToken = await app.request({ method: 'POST', url: '/apiaccess/CCSQM/rest/ccisqm/v1/appraisescore/queryAppraiseScore', body: { page: 1, limit: 10 }, headers: { 'x-userid': '120' } });
    expect(noToken.status).toBe(401);
    expect(noToken.body.resultCode).toBe('0412401');
    expect((await call('appraisescore/queryAppraiseScore', { page: 1, limit: 10 }, { 'x-userid': '' })).status).toBe(400);
    expect((await call('appraisescore/queryAppraiseScore', { page: 1, limit: 10 }, { 'x-userid': '30001' })).status).toBe(401);
    expect((await call('appraisescore/queryAppraiseScore', { page: 1, limit: 10 }, { 'x-userid': 'agent120' })).status).toBe(200);
  });

  it('keeps tenants apart', async () => {
    ({ app, call } = await sqmApp());
    const other = await otherSqmTenant(app);
    const { id } = (await call('appraisescore/createAppraiseScore', { name: 'mine', lower_bound: 0, upper_bound: 100, base: 80 })).body;
    expect((await other('appraisescore/applyAppraiseScore', { id })).status).toBe(500);
    expect((await other('appraisescore/queryAppraiseScore', { page: 1, limit: 10 })).body.fundamental_score).toHaveLength(1);
  });
});
