// Goal: the OBS result-code catalogue (7.9.1) and external results (7.9.2–7.9.6) as documented:
// the examples in and out, paging, the mapping a failCode resolves through, every rule, tenant
// isolation. Method: a test server; C2-signed requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../../test/support/test-app.ts';
import { addTenant } from '../../../config-skills/tenant-fixture.test-support.ts';
import { externalResultCodeFor } from '../../../../services/outbound/lists/index.ts';
import { failed, isales, isalesV1, ok, videoKey } from '../isales-client.test-support.ts';

let app: TestApp;
const post = (path: string, body: unknown, vdn = 1, key?: typeof videoKey) => isales(app, 'POST', `${isalesV1(vdn)}/${path}`, body, key);
const get = (path: string, vdn = 1, key?: typeof videoKey) => isales(app, 'GET', `${isalesV1(vdn)}/${path}`, undefined, key);

beforeAll(async () => {
  app = await createTestApp();
  await addTenant(app);
});
afterAll(async () => {
  await app.close();
});

describe('7.9.1 queryOBSResultCode', () => {
  it('pages through the catalogue of Table 6-451 and Table 7-295 codes, five digits, with the example texts', async () => {
    const first = await get('queryOBSResultCode?pageSize=50&pageNum=1');
    expect(first.body).toMatchObject(ok('query queryOBSResultCode Success!'));
    expect(first.body.totalCount).toBeGreaterThan(100);
    expect(first.body.obsCodes).toHaveLength(50);
    const all = [];
    for (let page = 1; page <= Math.ceil(first.body.totalCount / 50); page += 1) all.push(...(await get(`queryOBSResultCode?pageSize=50&pageNum=${page}`)).body.obsCodes);
    expect(all).toHaveLength(first.body.totalCount);
    for (const c of all) expect(c.obsCode).toMatch(/^\d{5}$/);
    const byCode = new Map(all.map((c: { obsCode: string; obsCodeDesc: string }) => [c.obsCode, c.obsCodeDesc]));
    expect(byCode.get('00605')).toBe('The switch is busy.');
    expect(byCode.get('00602')).toBe('No resource available on the ACD.');
    for (const code of ['00000', '00537', '01040', '34606', '34608', '34611', '20926']) expect(byCode.has(code), code).toBe(true);
    expect((await get('queryOBSResultCode?pageSize=51&pageNum=1')).body).toMatchObject(failed('02000007'));
  });
});

describe('7.9.2–7.9.6 external results', () => {
  let defId = '';
  it('creates the example mapping and resolves its failCodes', async () => {
    const res = await post('createObResult', { resultCode: '007', displayResult: '7: The call is not answered.', obsCodes: ['00602', '00606'] });
    expect(res.body).toEqual({ ...ok('createObResult Success!'), defId: expect.stringMatching(/^\d{10}$/) });
    defId = res.body.defId;
    expect(await externalResultCodeFor(app.services.repos, 1, '00602')).toBe('007');
    expect(await externalResultCodeFor(app.services.repos, 1, '606')).toBe('007');
    expect(await externalResultCodeFor(app.services.repos, 1, '00604')).toBeUndefined();
    expect(await externalResultCodeFor(app.services.repos, 2, '00602')).toBeUndefined();
  });

  it('shows the detail with resultMapList, and the list', async () => {
    const detail = await get(`${defId}/queryObsResultDetail`);
    expect(detail.body).toEqual({
      ...ok('queryObsResultDetail success'),
      obResult: {
        defId,
        displayResult: '7: The call is not answered.',
        vdnId: 1,
        resultCode: '007',
        resultMapList: [
          { mapId: expect.stringMatching(/^\d{10}$/), defId, failCode: '00602', vdnId: 1 },
          { mapId: expect.stringMatching(/^\d{10}$/), defId, failCode: '00606', vdnId: 1 },
        ],
      },
    });
    expect((await get('queryOBSResults?pageSize=10&pageNum=1')).body).toEqual({ ...ok('query outboundResult success'), data: [{ displayResult: '7: The call is not answered.', resultCode: '007', defId }], totalCount: 1 });
  });

  it('updates the example: the text and the mapped codes are replaced', async () => {
    expect((await post('updateObResult', { defId, displayResult: '8: The call is not answered.', obsCodes: ['00605', '00604'] })).body).toEqual(ok('updateObsResult Success!'));
    expect(await externalResultCodeFor(app.services.repos, 1, '00602')).toBeUndefined();
    expect(await externalResultCodeFor(app.services.repos, 1, '00604')).toBe('007');
    const detail = await get(`${defId}/queryObsResultDetail`);
    expect(detail.body.obResult.displayResult).toBe('8: The call is not answered.');
    expect(detail.body.obResult.resultMapList.map((m: { failCode: string }) => m.failCode).sort()).toEqual(['00604', '00605']);
  });

  it('refuses unknown, repeated or already mapped codes and a duplicate result code', async () => {
    const cases: Array<[unknown, string]> = [
      [{ displayResult: 'x' }, '02000001'],
      [{ obsCodes: ['00537'] }, '02000001'],
      [{ displayResult: 'x', obsCodes: ['99999'] }, '02000007'],
      [{ displayResult: 'x', obsCodes: ['537'] }, '02000002'],
      [{ displayResult: 'x', obsCodes: ['00537', '00537'] }, '02000007'],
      [{ displayResult: 'x', obsCodes: ['00604'] }, '02000007'],
      [{ resultCode: '007', displayResult: 'x', obsCodes: ['00537'] }, '02000007'],
      [{ resultCode: '12345678', displayResult: 'x', obsCodes: ['00537'] }, '02000003'],
    ];
    for (const [body, code] of cases) expect((await post('createObResult', body)).body, JSON.stringify(body)).toMatchObject(failed(code));
    expect((await post('updateObResult', { defId: '1999999999', displayResult: 'x', obsCodes: ['00537'] })).body).toMatchObject(failed('0200001'));
  });

  it('generates a result code when none is given', async () => {
    const res = await post('createObResult', { displayResult: 'Busy', obsCodes: ['00537'] });
    expect(res.body.resultCode).toBe('0200000');
    expect(await externalResultCodeFor(app.services.repos, 1, '00537')).toMatch(/^R\d{6}$/);
  });

  it('keeps external results per tenant and deletes them', async () => {
    expect((await get(`${defId}/queryObsResultDetail`, 2, videoKey)).body).toMatchObject(failed('0200001'));
    expect((await isales(app, 'DELETE', `${isalesV1(2)}/${defId}/deleteObsResult`, undefined, videoKey)).body).toMatchObject(failed('0200001'));
    expect((await post('createObResult', { resultCode: '007', displayResult: 'own', obsCodes: ['00602'] }, 2, videoKey)).body.resultCode).toBe('0200000');
    expect((await isales(app, 'DELETE', `${isalesV1()}/${defId}/deleteObsResult`)).body).toEqual(ok('delete ObResult success'));
    expect((await get(`${defId}/queryObsResultDetail`)).body).toMatchObject(failed('0200001'));
    expect(await externalResultCodeFor(app.services.repos, 1, '00604')).toBeUndefined();
    expect(await externalResultCodeFor(app.services.repos, 2, '00602')).toBe('007');
  });
});
