// Goal: business-result definitions (7.1.12/7.1.13) and number types (7.4.4/7.4.5) as documented:
// the examples in and out, the tree with one level of children, paging, every rule, the lookup
// 7.7.1 uses, and tenant isolation. Method: a test server; C2-signed requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../../test/support/test-app.ts';
import { addTenant } from '../../../config-skills/tenant-fixture.test-support.ts';
import { checkBusinessResult } from '../../../../services/outbound/lists/index.ts';
import { failed, isales, isalesV1, ok, videoKey } from '../isales-client.test-support.ts';

let app: TestApp;
const addResult = (body: unknown) => isales(app, 'POST', `${isalesV1()}/addBusinessResult`, body);
const queryResults = (qs: string, vdn = 1, key?: typeof videoKey) => isales(app, 'GET', `${isalesV1(vdn)}/queryBusinessResults${qs}`, undefined, key);

beforeAll(async () => {
  app = await createTestApp();
  await addTenant(app);
});
afterAll(async () => {
  await app.close();
});

describe('7.1.12 addBusinessResult and 7.1.13 queryBusinessResults', () => {
  it('stores the reference example as a tree and lists it with defLevel 1/2', async () => {
    const body = {
      name: 'Call failure',
      code: '123456',
      description: 'Call failure',
      children: [
        { name: 'The customer directly hangs up.', code: '100001', description: 'The customer directly hangs up.' },
        { name: 'The customer turns off the phone.', code: '100002', description: 'The customer turns off the phone.' },
      ],
    };
    expect((await addResult(body)).body).toEqual(ok('addBusinessResult success'));
    expect((await addResult({ name: 'test0903', code: 'test' })).body).toEqual(ok('addBusinessResult success'));
    const res = await queryResults('?pageSize=10&pageNum=1');
    expect(res.body).toEqual({
      ...ok('queryBusinessResults Success!'),
      data: [
        {
          code: '123456',
          children: [
            { code: '100001', name: 'The customer directly hangs up.', defLevel: '2' },
            { code: '100002', name: 'The customer turns off the phone.', defLevel: '2' },
          ],
          name: 'Call failure',
          defLevel: '1',
        },
        { code: 'test', children: [], name: 'test0903', defLevel: '1' },
      ],
      totalCount: 2,
    });
  });

  it('pages over parents and generates a code left out', async () => {
    await addResult({ name: 'Generated', children: [{ name: 'Child' }] });
    const page = await queryResults('?pageSize=1&pageNum=3');
    expect(page.body.totalCount).toBe(3);
    expect(page.body.data).toEqual([{ code: expect.stringMatching(/^\d{10}$/), name: 'Generated', defLevel: '1', children: [{ code: expect.stringMatching(/^\d{10}$/), name: 'Child', defLevel: '2' }] }]);
    expect((await queryResults('?pageSize=1&pageNum=4')).body.data).toEqual([]);
  });

  it('answers the 7.7.1 checks: a defined parent, and a substatus that is one of its children', async () => {
    const repos = app.services.repos;
    expect(await checkBusinessResult(repos, 1, '123456', '100002')).toBe('ok');
    expect(await checkBusinessResult(repos, 1, '123456')).toBe('ok');
    expect(await checkBusinessResult(repos, 1, '123456', 'test')).toBe('subStatusMismatch');
    expect(await checkBusinessResult(repos, 1, '100001')).toBe('unknownResult');
    expect(await checkBusinessResult(repos, 2, '123456')).toBe('unknownResult');
  });

  it('reports every broken rule with its code', async () => {
    const cases: Array<[unknown, string]> = [
      [{}, '02000001'],
      [{ name: 'x'.repeat(51) }, '02000003'],
      [{ name: 'bad<name>' }, '02000002'],
      [{ name: 'ok', code: 'a b' }, '02000002'],
      [{ name: 'ok', description: 'd'.repeat(201) }, '02000003'],
      [{ name: 'ok', children: [{ code: 'c1' }] }, '02000001'],
      [{ name: 'again', code: '123456' }, '02000007'],
      [{ name: 'twice', code: 'x1', children: [{ name: 'c', code: 'x1' }] }, '02000007'],
    ];
    for (const [body, code] of cases) expect((await addResult(body)).body, JSON.stringify(body)).toMatchObject(failed(code));
    for (const qs of ['', '?pageSize=51&pageNum=1', '?pageSize=0&pageNum=1', '?pageSize=5&pageNum=0']) {
      expect((await queryResults(qs)).body, qs).toMatchObject({ resultCode: expect.stringMatching(/^0200000[17]$/) });
    }
  });

  it('shows each tenant only its own definitions', async () => {
    expect((await queryResults('?pageSize=10&pageNum=1', 2, videoKey)).body).toEqual({ ...ok('queryBusinessResults Success!'), data: [], totalCount: 0 });
    expect((await queryResults('?pageSize=10&pageNum=1', 1, videoKey)).status).toBe(401);
  });
});

describe('7.4.4 callNoType/add and 7.4.5 callNoType/query', () => {
  it('adds the example types (trailing comma and all) and lists them in order, case kept', async () => {
    const url = `${isalesV1()}/callNoType/add`;
    expect((await isales(app, 'POST', url, { callNoTypes: ['ST', 'SI'] })).body).toEqual(ok());
    expect((await isales(app, 'POST', url, { callNoTypes: ['st', 'OD'] })).body).toEqual(ok());
    expect((await isales(app, 'GET', `${isalesV1()}/callNoType/query`)).body).toEqual({ ...ok(), data: ['ST', 'SI', 'OD'] });
  });

  it('refuses empty, long, special, repeated and more than 20 types', async () => {
    const url = `${isalesV1()}/callNoType/add`;
    const cases: Array<[unknown, string]> = [
      [{}, '02000001'],
      [{ callNoTypes: [] }, '02000001'],
      [{ callNoTypes: ['x'.repeat(21)] }, '02000003'],
      [{ callNoTypes: ['a_b'] }, '02000002'],
      [{ callNoTypes: ['Ab', 'aB'] }, '02000007'],
      [{ callNoTypes: Array.from({ length: 21 }, (_, i) => `t${i}`) }, '02000011'],
    ];
    for (const [body, code] of cases) expect((await isales(app, 'POST', url, body)).body, JSON.stringify(body)).toMatchObject(failed(code));
  });

  it('keeps number types per tenant', async () => {
    expect((await isales(app, 'GET', `${isalesV1(2)}/callNoType/query`, undefined, videoKey)).body.data).toEqual([]);
  });
});
