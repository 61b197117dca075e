// Goal: modifyCalledRoute (§5.3.4) answers the documented example, re-targets a route under the
// rules of §5.3.2, honours the editable flags and stays in its tenant. Method: a whole server with
// the demo tenant and the "video" tenant, through inject.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearerToken, c1, createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { addTenant } from '../config-skills/tenant-fixture.test-support.ts';

const base = '/apiaccess/rest/cc-management/v1/calledRoute';

let app: TestApp;
let demo: ReturnType<typeof c1>;
let video: Awaited<ReturnType<typeof addTenant>>;
let routeId: string;
beforeEach(async () => {
  app = await createTestApp();
  demo = c1(app, await bearerToken(app));
  video = await addTenant(app);
  await video(`${base}/createCalledRoute`, { accessCode: '9911411', extCode: '11', devicetype: 3, deviceId: 1 });
  routeId = (await app.services.repos.numbers.listRoutesOfVdn(2))[0]!.id;
});
afterEach(async () => {
  await app.close();
});

const modify = (caller: typeof demo, body: unknown) => caller(`${base}/modifyCalledRoute`, body);
const route = async () => (await app.services.repos.numbers.findRoute(2, routeId))!;

describe('5.3.4 modifyCalledRoute', () => {
  it('answers the documented example and re-targets the route', async () => {
    const res = await modify(video, { id: routeId, devicetype: 1, deviceId: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ returnCode: '0', description: 'data update success' });
    expect(await route()).toMatchObject({ deviceType: 1, deviceId: 1, mediaTypeId: 19, deviceDesc: 'defaultVideoSkill' });
    expect((await modify(video, { id: routeId, devicetype: '3', deviceid: '1' })).body.returnCode).toBe('0');
    expect(await route()).toMatchObject({ deviceType: 3, deviceId: 1, mediaTypeId: 19, deviceDesc: 'Video menu' });
  });

  it('honours the editable flags: "1" and "3" cannot be edited, "2" can', async () => {
    for (const [editable, allowed] of [['1', false], ['3', false], ['2', true], [null, true]] as const) {
      await app.services.repos.numbers.updateRoute(2, routeId, { editable });
      const res = await modify(video, { id: routeId, devicetype: 1, deviceid: 1 });
      expect(res.body, `editable ${editable}`).toEqual(allowed ? { returnCode: '0', description: 'data update success' } : { returnCode: '1', description: `called route ${routeId} cannot be edited (editable "${editable}")` });
    }
  });

  it('applies the rules of createCalledRoute to the new target', async () => {
    expect((await modify(video, { id: routeId, devicetype: 1, deviceid: 5 })).body).toEqual({ returnCode: '1', description: 'skill queue 5 does not exist' });
    expect((await modify(video, { id: routeId, devicetype: 4, deviceid: 1 })).body.description).toBe('devicetype must be 1 (skill queue) or 3 (IVR) (got 4)');
    expect((await modify(video, { id: routeId, devicetype: 1 })).body.description).toMatch(/deviceid is mandatory/);
    expect((await modify(demo, { id: (await app.services.repos.numbers.listRoutesByDnid(1, [3]))[0]!.id, devicetype: 3, deviceid: 1 })).body.description).toBe(
      'an IVR flow cannot be selected for the multimedia channel',
    );
    expect(await route()).toMatchObject({ deviceType: 3, deviceId: 1 });
  });

  it('cannot reach another tenant’s routes', async () => {
    expect((await modify(demo, { id: routeId, devicetype: 1, deviceid: 1 })).body).toEqual({ returnCode: '1', description: `called route ${routeId} does not exist` });
    expect((await modify(video, { id: '1125397061153369092', devicetype: 1, deviceid: 1 })).body.returnCode).toBe('1');
    expect(await route()).toMatchObject({ deviceType: 3 });
  });
});
