// Goal: the invocation log (7.10): every chapter 7 request of the tenant is recorded (id, operTime,
// url, request, resultCode, resultDesc, httpStatus, type), queried in a window of at most 7 days
// with paging and a url filter, kept 30 days, never another tenant's. Method: a test server on the
// virtual clock; C2-signed requests; settle() lets the batched writer finish.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../../test/support/test-app.ts';
import { addTenant } from '../../../config-skills/tenant-fixture.test-support.ts';
import { failed, isales, isalesV1, ok, videoKey } from '../isales-client.test-support.ts';

let app: TestApp;
const logs = (body: unknown, vdn = 1, key?: typeof videoKey) => isales(app, 'POST', `${isalesV1(vdn)}/calllogs`, body, key);
const window = { beginTime: '2026-01-05 00:00:00', endTime: '2026-01-06 00:00:00' };

beforeAll(async () => {
  app = await createTestApp();
  await addTenant(app);
  await isales(app, 'GET', `${isalesV1()}/callNoType/query`);
  await isales(app, 'GET', `${isalesV1()}/1402245659/queryObsResultDetail`);
  await isales(app, 'POST', `${isalesV1()}/blocklist/add`, { blocklist: ['12a'] });
  await isales(app, 'GET', `${isalesV1(2)}/callNoType/query`, undefined, videoKey);
  // Signed by another tenant: refused with 401, and logged for neither.
  await isales(app, 'GET', `${isalesV1()}/callNoType/query`, undefined, videoKey);
  await app.services.settle();
});
afterAll(async () => {
  await app.close();
});

describe('7.10 calllogs', () => {
  it('lists the tenant\'s invocations, newest first, in the documented shape', async () => {
    const res = await logs({ limit: 10, offset: 0, ...window, url: '' });
    expect(res.body).toMatchObject(ok('queryCalllogs success'));
    expect(res.body.count).toBe(3);
    const [blacklist, detail, types] = res.body.result;
    expect(detail).toEqual({
      request: '{"vdnId":1,"defId":"1402245659"}',
      httpStatus: 200,
      resultCode: '0200001',
      id: expect.stringMatching(/^\d{30}$/),
      resultDesc: 'The external result does not exist.',
      url: '/rest/isales/v1/openapi/campaigns/1/1402245659/queryObsResultDetail',
      operTime: '2026-01-05T08:00:00.000+00:00',
      type: 'GET',
    });
    expect(types).toMatchObject({ resultCode: '0200000', url: '/rest/isales/v1/openapi/campaigns/1/callNoType/query', type: 'GET' });
    expect(blacklist).toMatchObject({ resultCode: '02000002', type: 'POST', request: '{"vdnId":1,"blocklist":["12a"]}' });
  });

  it('serves and logs the gateway form of the path, /service-cloud/rest/isales/... (ref L962)', async () => {
    const res = await isales(app, 'GET', `/service-cloud${isalesV1()}/callNoType/query`);
    expect(res.body).toEqual({ ...ok(), data: [] });
    await app.services.settle();
    const logged = await logs({ limit: 1, offset: 0, ...window });
    expect(logged.body.result[0]).toMatchObject({ url: '/rest/isales/v1/openapi/campaigns/1/callNoType/query', resultCode: '0200000' });
  });

  it('filters by url and pages', async () => {
    const res = await logs({ limit: 10, offset: 0, ...window, url: '/rest/isales/v1/openapi/campaigns/1/callNoType/query' });
    expect(res.body.count).toBe(2);
    expect((await logs({ limit: 1, offset: 1, ...window })).body.result).toHaveLength(1);
  });

  it('keeps each tenant to its own log', async () => {
    await app.services.settle();
    const video = await logs({ limit: 10, offset: 0, ...window }, 2, videoKey);
    expect(video.body.result.map((r: { url: string }) => r.url)).toEqual(['/rest/isales/v1/openapi/campaigns/2/callNoType/query']);
  });

  it('checks the window: both times, their format, order, at most 7 days; offset and limit', async () => {
    const cases: Array<[unknown, string]> = [
      [{ limit: 10, offset: 0, beginTime: window.beginTime }, '02000001'],
      [{ limit: 10, offset: 0, beginTime: '2026-01-05', endTime: window.endTime }, '02000007'],
      [{ limit: 10, offset: 0, beginTime: window.endTime, endTime: window.beginTime }, '02000009'],
      [{ limit: 10, offset: 0, beginTime: '2026-01-01 00:00:00', endTime: '2026-01-08 00:00:01' }, '02000009'],
      [{ ...window }, '02000001'],
      [{ limit: 0, offset: 0, ...window }, '02000007'],
    ];
    for (const [body, code] of cases) expect((await logs(body)).body, JSON.stringify(body)).toMatchObject(failed(code));
    expect((await logs({ limit: 10, offset: 0, beginTime: '2026-01-01 00:00:00', endTime: '2026-01-08 00:00:00' })).body.resultCode).toBe('0200000');
  });

  it('drops invocations older than 30 days', async () => {
    app.clock.advance(31 * 86_400_000);
    await isales(app, 'GET', `${isalesV1()}/callNoType/query`);
    await app.services.settle();
    const rows = await app.services.store.db.selectFrom('isalesOpenapiLog').select('operTimeMs').where('vdnId', '=', 1).execute();
    expect(rows.every((r) => Number(r.operTimeMs) >= app.clock.now() - 30 * 86_400_000)).toBe(true);
  });
});
