// Goal: queryAccessCodeList (§5.3.1) answers the documented example's shape, filters accessCode and
// description fuzzily and the media type exactly, pages, and shows only the token's tenant.
// Method: a whole server with the demo tenant and the "video" tenant, through inject.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearerToken, c1, createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { addTenant } from '../config-skills/tenant-fixture.test-support.ts';

const url = '/apiaccess/rest/cc-management/v1/accessCodeInfo/queryAccessCodeList';

let app: TestApp;
let demo: ReturnType<typeof c1>;
let video: Awaited<ReturnType<typeof addTenant>>;
beforeEach(async () => {
  app = await createTestApp();
  demo = c1(app, await bearerToken(app));
  video = await addTenant(app);
});
afterEach(async () => {
  await app.close();
});

const codes = async (caller: typeof demo, body: unknown) => {
  const res = await caller(url, body);
  expect(res.body.returnCode, res.text).toBe('0');
  return res.body.data.calledRouteList.map((r: { accessCode: string }) => r.accessCode);
};

describe('5.3.1 queryAccessCodeList', () => {
  it('answers the documented request with the documented shape', async () => {
    const res = await video(url, { accessCode: '9911411', mediatypeId: 5, description: 'access code', limit: 10, offset: 0 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      returnCode: '0',
      data: {
        total: 1,
        calledRouteList: [{ id: expect.stringMatching(/^\d{19}$/), accessCode: '9911411', mediatypeId: 5, n400Number: null, description: 'Main access code', numCallAttr: 3 }],
      },
      description: 'success',
    });
  });

  it('shows only the token’s tenant', async () => {
    expect(await codes(demo, {})).toEqual(['4001', '4002', '4003']);
    expect(await codes(video, {})).toEqual(['9911411', '9911500']);
  });

  it('filters fuzzily on code and description, exactly on media type', async () => {
    expect(await codes(demo, { accessCode: '00' })).toEqual(['4001', '4002', '4003']);
    expect(await codes(demo, { accessCode: '02' })).toEqual(['4002']);
    expect(await codes(demo, { description: 'HOTLINE' })).toEqual(['4001', '4002']);
    expect(await codes(demo, { mediaTypeId: 53 })).toEqual(['4003']);
    expect(await codes(demo, { mediatypeld: '5', description: 'ivr' })).toEqual(['4002']);
    expect(await codes(demo, { accessCode: '', description: null })).toEqual(['4001', '4002', '4003']);
    expect((await demo(url, { mediatypeId: 6 })).body).toEqual({ returnCode: '1', description: 'media type 6 is not supported: use 2, 5, 18, 19 or 53' });
  });

  it('pages with limit and offset', async () => {
    const res = await demo(url, { limit: 2, offset: 1 });
    expect(res.body.data.total).toBe(3);
    expect(res.body.data.calledRouteList.map((r: { accessCode: string }) => r.accessCode)).toEqual(['4002', '4003']);
    expect(await codes(demo, { limit: 101, offset: -1 })).toEqual(['4001', '4002', '4003']);
    expect((await demo(url, { limit: -5 })).body).toEqual({ returnCode: '1', description: 'limit must not be negative (got -5)' });
  });
});
