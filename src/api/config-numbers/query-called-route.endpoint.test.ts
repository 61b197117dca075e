// Goal: queryCalledRoute (§5.3.5) answers the documented example's shape, filters exactly (and
// deviceDesc fuzzily), pages, and shows only the token's tenant. Method: a whole server with the
// demo tenant and the "video" tenant, through inject.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearerToken, c1, createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { addTenant } from '../config-skills/tenant-fixture.test-support.ts';

const base = '/apiaccess/rest/cc-management/v1/calledRoute';

let app: TestApp;
let demo: ReturnType<typeof c1>;
let video: Awaited<ReturnType<typeof addTenant>>;
beforeEach(async () => {
  app = await createTestApp();
  demo = c1(app, await bearerToken(app));
  video = await addTenant(app);
  for (const extCode of ['', '1', '11']) await video(`${base}/createCalledRoute`, { accessCode: '9911411', extCode, devicetype: 1, deviceId: 1 });
});
afterEach(async () => {
  await app.close();
});

const dnids = async (caller: typeof demo, body: unknown) => {
  const res = await caller(`${base}/queryCalledRoute`, body);
  expect(res.body.returnCode, res.text).toBe('0');
  return res.body.data.calledRouteList.map((r: { dnid: number }) => r.dnid);
};

describe('5.3.5 queryCalledRoute', () => {
  it('answers the documented request with the documented record shape', async () => {
    const res = await video(`${base}/queryCalledRoute`, { accessCode: '9911411', extCode: '11', devicetype: 1, deviceDesc: 'defaultVideoSkill', mediatypeld: 19, limit: 10, offset: 0 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      returnCode: '0',
      data: {
        total: 1,
        calledRouteList: [
          { id: expect.stringMatching(/^\d{19}$/), dnid: 3, accessCode: '9911411', mediatypeId: 19, extCode: '11', devicetype: 1, deviceid: 1, deviceDesc: 'defaultVideoSkill', editable: '0' },
        ],
      },
      description: 'success',
    });
  });

  it('shows only the token’s tenant, with provisioned routes as stored', async () => {
    const res = await demo(`${base}/queryCalledRoute`, {});
    expect(res.body.data.total).toBe(3);
    expect(res.body.data.calledRouteList.map((r: Record<string, unknown>) => [r.accessCode, r.devicetype, r.deviceid, r.deviceDesc, r.mediatypeId, r.editable])).toEqual([
      ['4001', 1, 1, 'Voice', 5, null],
      ['4002', 3, 1, 'Main menu', 5, null],
      ['4003', 1, 2, 'Chat', 53, null],
    ]);
    expect(await dnids(video, {})).toEqual([1, 2, 3]);
  });

  it('filters exactly on codes, types and media, fuzzily on the device name', async () => {
    expect(await dnids(video, { accessCode: '991141' })).toEqual([]);
    expect(await dnids(video, { extCode: '1' })).toEqual([2]);
    expect(await dnids(video, { extCode: '' })).toEqual([1, 2, 3]);
    expect(await dnids(video, { deviceDesc: 'VIDEO' })).toEqual([1, 2, 3]);
    expect(await dnids(video, { devicetype: 3 })).toEqual([]);
    expect(await dnids(video, { mediaTypeeld: 19 })).toEqual([1, 2, 3]);
    expect(await dnids(video, { mediaTypeId: 5 })).toEqual([]);
    expect((await video(`${base}/queryCalledRoute`, { mediaTypeId: 4 })).body).toEqual({ returnCode: '1', description: 'media type 4 is not supported: use 2, 5, 18, 19 or 53' });
    expect((await video(`${base}/queryCalledRoute`, { devicetype: 2 })).body).toEqual({ returnCode: '1', description: 'devicetype must be 1 (skill queue) or 3 (IVR) (got 2)' });
  });

  it('pages with limit and offset: default and cap 100, negative offset reads as 0', async () => {
    expect(await dnids(video, { limit: 2 })).toEqual([1, 2]);
    expect(await dnids(video, { limit: '2', offset: '2' })).toEqual([3]);
    expect(await dnids(video, { limit: 500, offset: -3 })).toEqual([1, 2, 3]);
    expect(await dnids(video, { limit: 0 })).toEqual([1, 2, 3]);
    const res = await video(`${base}/queryCalledRoute`, { limit: 1, offset: 5 });
    expect(res.body.data).toEqual({ total: 3, calledRouteList: [] });
    expect((await video(`${base}/queryCalledRoute`, { limit: -1 })).body.returnCode).toBe('1');
  });
});
