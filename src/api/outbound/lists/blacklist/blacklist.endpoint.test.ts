// Goal: the VDN-wide blacklist (7.3.1–7.3.4) and the dialler's check behave as documented: the
// reference's examples in and out, every rule and code (≤20, duplicates, already listed, validity,
// restriction windows), both query modes, and another tenant never sees or changes the list.
// Method: a test server on the virtual clock (2026-01-05 08:00 UTC); C2-signed requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../../test/support/test-app.ts';
import { addTenant } from '../../../config-skills/tenant-fixture.test-support.ts';
import { isBlacklisted } from '../../../../services/outbound/lists/index.ts';
import { failed, isales, isalesV1, ok, startedAttempt, videoKey } from '../isales-client.test-support.ts';

let app: TestApp;
const add = (body: unknown, key = undefined as typeof videoKey | undefined, vdn = 1) => isales(app, 'POST', `${isalesV1(vdn)}/blocklist/add`, body, key);
const query = (body: unknown, key?: typeof videoKey, vdn = 1) => isales(app, 'POST', `${isalesV1(vdn)}/blocklist/query`, body, key);

beforeAll(async () => {
  app = await createTestApp();
  await addTenant(app);
});
afterAll(async () => {
  await app.close();
});

describe('7.3.1 blocklist/add and 7.3.4 blocklist/query', () => {
  it('adds the reference example and pages through the list with ISO expiration times', async () => {
    const res = await add({ blocklist: ['13100000000', '13100000001', '13100000002', '13100000003'], validityExpirationTime: '2026-12-31 10:06:25', restrictTimes: 3, restrictPeriod: '0' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(ok('The blacklist is added successfully'));
    const page = await query({ limit: 10, offset: 0 });
    expect(page.body).toEqual({
      ...ok('query BlockList Success'),
      data: ['13100000000', '13100000001', '13100000002', '13100000003'].map((blockNum) => ({ validityExpirationTime: '2026-12-31T10:06:25.000+00:00', blockNum })),
    });
    expect((await query({ limit: 2, offset: 2 })).body.data.map((d: { blockNum: string }) => d.blockNum)).toEqual(['13100000002', '13100000003']);
  });

  it('computes the expiration from validityTime, and lets validityExpirationTime win when both are given', async () => {
    await add({ blocklist: ['555001'], validityTime: 120 });
    await add({ blocklist: ['555002'], validityTime: 1, validityExpirationTime: '2026-02-01 00:00:00' });
    await add({ blocklist: ['555003'] });
    const res = await query({ blocklist: ['555003', '555001', '555002', '999999'] });
    expect(res.body.data).toEqual([
      { validityExpirationTime: null, blockNum: '555003', flag: true },
      { validityExpirationTime: '2026-01-10T08:00:00.000+00:00', blockNum: '555001', flag: true },
      { validityExpirationTime: '2026-02-01T00:00:00.000+00:00', blockNum: '555002', flag: true },
    ]);
  });

  it('refuses 21 numbers (0200029), duplicates (0200018) and listed numbers (0200007), adding none of them', async () => {
    const many = Array.from({ length: 21 }, (_, i) => `7000${i}`);
    expect((await add({ blocklist: many })).body).toMatchObject(failed('0200029'));
    expect((await add({ blocklist: ['800001', '800001'] })).body).toMatchObject(failed('0200018'));
    expect((await add({ blocklist: ['800002', '13100000000'] })).body).toMatchObject(failed('0200007'));
    expect((await query({ blocklist: ['70000', '800001', '800002'] })).body.data).toEqual([]);
  });

  it('reports each broken field rule with its generic code', async () => {
    const cases: Array<[unknown, string]> = [
      [{}, '02000001'],
      [{ blocklist: [] }, '02000001'],
      [{ blocklist: ['12a4'] }, '02000002'],
      [{ blocklist: ['1'.repeat(25)] }, '02000003'],
      [{ blocklist: ['1'], validityTime: 121 }, '02000007'],
      [{ blocklist: ['1'], validityExpirationTime: '2026/01/01' }, '02000007'],
      [{ blocklist: ['1'], restrictTimes: 2 }, '02000009'],
      [{ blocklist: ['1'], restrictTimes: 101, restrictPeriod: '1' }, '02000007'],
      [{ blocklist: ['1'], restrictTimes: 1, restrictPeriod: '2' }, '02000007'],
      [{ blocklist: { a: 1 } }, '0200001'],
      [{ blocklist: 'a single number' }, '02000002'],
    ];
    for (const [body, code] of cases) expect((await add(body)).body, JSON.stringify(body)).toMatchObject(failed(code));
  });

  it('needs either the numbers or offset and limit (02000009), limit 1–100', async () => {
    expect((await query({})).body).toMatchObject(failed('02000009'));
    expect((await query({ offset: 0, limit: 101 })).body).toMatchObject(failed('02000007'));
    expect((await query({ blocklist: Array.from({ length: 21 }, (_, i) => String(i)) })).body).toMatchObject(failed('02000011'));
  });
});

describe('the dialler check', () => {
  it('blocks a valid entry until it expires', async () => {
    const now = app.clock.now();
    expect(await isBlacklisted(app.services.repos, 1, '555001', now)).toBe(true);
    expect(await isBlacklisted(app.services.repos, 1, '555001', now + 120 * 3_600_000)).toBe(false);
    expect(await isBlacklisted(app.services.repos, 1, '424242', now)).toBe(false);
  });

  it('allows restrictTimes calls per clock hour or calendar day, then blocks until the next window (ref L25553)', async () => {
    await add({ blocklist: ['600001'], restrictTimes: 1, restrictPeriod: '0' });
    await add({ blocklist: ['600002'], restrictTimes: 2, restrictPeriod: '1' });
    const repos = app.services.repos;
    const at = Date.UTC(2026, 0, 5, 10, 6, 25);
    expect(await isBlacklisted(repos, 1, '600001', at)).toBe(false);
    await startedAttempt(repos, 1, '600001', at);
    expect(await isBlacklisted(repos, 1, '600001', at)).toBe(true);
    expect(await isBlacklisted(repos, 1, '600001', Date.UTC(2026, 0, 5, 10, 59, 59))).toBe(true);
    expect(await isBlacklisted(repos, 1, '600001', Date.UTC(2026, 0, 5, 11, 0, 0))).toBe(false);
    await startedAttempt(repos, 1, '600002', at);
    expect(await isBlacklisted(repos, 1, '600002', at)).toBe(false);
    await startedAttempt(repos, 1, '600002', at + 60_000);
    expect(await isBlacklisted(repos, 1, '600002', Date.UTC(2026, 0, 5, 23, 59, 59))).toBe(true);
    expect(await isBlacklisted(repos, 1, '600002', Date.UTC(2026, 0, 6, 0, 0, 0))).toBe(false);
  });
});

describe('7.3.2 blocklist/delete and 7.3.3 DELETE blocklist', () => {
  it('removes one number, then all of them', async () => {
    expect((await isales(app, 'POST', `${isalesV1()}/blocklist/delete`, { blocklistNo: '13100000000' })).body).toEqual(ok());
    expect((await query({ blocklist: ['13100000000', '13100000001'] })).body.data.map((d: { blockNum: string }) => d.blockNum)).toEqual(['13100000001']);
    expect((await isales(app, 'POST', `${isalesV1()}/blocklist/delete`, {})).body).toMatchObject(failed('02000001'));
    expect((await isales(app, 'DELETE', `${isalesV1()}/blocklist`)).body).toEqual(ok());
    expect((await query({ offset: 0, limit: 100 })).body.data).toEqual([]);
  });
});

describe('tenant isolation', () => {
  it('keeps each VDN its own list, and refuses another VDN in the path with 401', async () => {
    await add({ blocklist: ['777777'] });
    expect((await add({ blocklist: ['777777'] }, videoKey, 2)).body).toEqual(ok('The blacklist is added successfully'));
    expect((await query({ offset: 0, limit: 10 }, videoKey, 2)).body.data.map((d: { blockNum: string }) => d.blockNum)).toEqual(['777777']);
    expect((await isales(app, 'DELETE', `${isalesV1(2)}/blocklist`, undefined, videoKey)).body).toEqual(ok());
    expect(await isBlacklisted(app.services.repos, 1, '777777', app.clock.now())).toBe(true);
    const foreign = await query({ offset: 0, limit: 10 }, videoKey, 1);
    expect(foreign.status).toBe(401);
    expect(foreign.body).toMatchObject(failed('0200001'));
  });
});
