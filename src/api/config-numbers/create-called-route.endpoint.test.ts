// Goal: createCalledRoute (§5.3.2) enforces Table 5-97 and its media rules, persists the route
// with the next dnid, and only binds the token's tenant's access codes to its own devices.
// Method: a whole server with the demo tenant and the "video" tenant, through inject.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearerToken, c1, createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { addTenant } from '../config-skills/tenant-fixture.test-support.ts';

const url = '/apiaccess/rest/cc-management/v1/calledRoute/createCalledRoute';

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

const refused = async (caller: typeof demo, body: unknown, description: string | RegExp) => {
  const res = await caller(url, body);
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ returnCode: '1', description: typeof description === 'string' ? description : expect.stringMatching(description) });
};
const routesOf = async (vdnId: number) => app.services.repos.numbers.listRoutesOfVdn(vdnId);

describe('5.3.2 createCalledRoute', () => {
  it('persists the route with the next dnid, a 19-digit id and the target name, and announces it', async () => {
    const changes: unknown[] = [];
    app.services.configChanges.subscribe((change) => changes.push(change));
    expect((await demo(url, { accessCode: '4001', extCode: '7', devicetype: '1', deviceid: '1' })).body).toEqual({ returnCode: '0', description: 'data create success' });
    const route = (await routesOf(1)).find((r) => r.extCode === '7');
    expect(route).toEqual({ id: expect.stringMatching(/^\d{19}$/), vdnId: 1, dnid: 4, accessCode: '4001', extCode: '7', mediaTypeId: 5, deviceType: 1, deviceId: 1, deviceDesc: 'Voice', editable: '0' });
    expect(changes).toEqual([{ vdnId: 1, what: 'routes' }]);
  });

  it('takes the skill media type when none is given, and 5 for an IVR flow', async () => {
    expect((await video(url, { accessCode: '9911411', devicetype: 1, deviceid: 1 })).body.returnCode).toBe('0');
    expect((await video(url, { accessCode: '9911411', extCode: '9', devicetype: 3, deviceid: 1, mediaTypeId: null })).body.returnCode).toBe('0');
    expect((await routesOf(2)).map((r) => [r.dnid, r.mediaTypeId, r.deviceDesc])).toEqual([[1, 19, 'defaultVideoSkill'], [2, 5, 'Video menu']]);
  });

  it('requires the mandatory fields and their lengths', async () => {
    await refused(demo, { devicetype: 1, deviceid: 1 }, /accessCode is mandatory/);
    await refused(demo, { accessCode: '4001', deviceid: 1 }, /devicetype is mandatory/);
    await refused(demo, { accessCode: '4001', devicetype: 1 }, /deviceid is mandatory/);
    await refused(demo, { accessCode: '4'.repeat(33), devicetype: 1, deviceid: 1 }, /accessCode must NOT have more than 32 characters/);
    await refused(demo, { accessCode: '4001', extCode: '1'.repeat(13), devicetype: 1, deviceid: 1 }, /extCode must NOT have more than 12 characters/);
    await refused(demo, { accessCode: '4001', extCode: '1a', devicetype: 1, deviceid: 1 }, 'extCode must contain digits only (got "1a")');
  });

  it('binds only the tenant’s access codes to its own skill queues and IVR flows', async () => {
    await refused(demo, { accessCode: '9911411', devicetype: 1, deviceid: 1 }, 'access code 9911411 does not exist in this tenant');
    await refused(demo, { accessCode: '5555', devicetype: 1, deviceid: 1 }, 'access code 5555 does not exist in this tenant');
    await refused(demo, { accessCode: '4001', extCode: '1', devicetype: 1, deviceid: 9 }, 'skill queue 9 does not exist');
    await refused(demo, { accessCode: '4001', extCode: '1', devicetype: 3, deviceid: 9 }, 'IVR flow 9 does not exist');
    await refused(demo, { accessCode: '4001', extCode: '1', devicetype: 2, deviceid: 1 }, 'devicetype must be 1 (skill queue) or 3 (IVR) (got 2)');
    expect(await routesOf(2)).toEqual([]);
  });

  it('applies the media rules: same as the skill, compatible with the access code, no IVR for multimedia', async () => {
    await refused(video, { accessCode: '9911411', devicetype: 1, deviceid: 1, mediaTypeId: 5 }, 'mediaTypeId 5 differs from the media type 19 of skill queue 1');
    await refused(video, { accessCode: '9911500', devicetype: 1, deviceid: 1 }, 'mediaTypeId 19 does not match access code 9911500 of media type 53');
    await refused(video, { accessCode: '9911500', devicetype: 3, deviceid: 1 }, 'an IVR flow cannot be selected for the multimedia channel');
    await refused(video, { accessCode: '9911411', devicetype: 3, deviceid: 1, mediaTypeId: 53 }, 'an IVR flow cannot be selected for the multimedia channel');
    await refused(video, { accessCode: '9911411', devicetype: 3, deviceid: 1, mediaTypeId: 2 }, 'mediaTypeId 2 does not match access code 9911411 of media type 5');
    await refused(video, { accessCode: '9911411', devicetype: 3, deviceid: 1, mediaTypeId: 7 }, 'mediaTypeId 7 is not supported: use 2, 5, 18, 19 or 53');
    // The demo tenant's chat skill goes behind its multimedia access code.
    expect((await demo(url, { accessCode: '4003', extCode: '1', devicetype: 1, deviceid: 2, mediaTypeId: 53 })).body.returnCode).toBe('0');
    await refused(demo, { accessCode: '4001', extCode: '1', devicetype: 1, deviceid: 2 }, 'mediaTypeId 53 does not match access code 4001 of media type 5');
  });

  it('binds a number once', async () => {
    await refused(demo, { accessCode: '4001', devicetype: 1, deviceid: 1 }, 'the number 4001 is already bound');
    expect((await demo(url, { accessCode: ' 4001 ', extCode: ' 2 ', devicetype: 1, deviceid: 1 })).body.returnCode).toBe('0');
    await refused(demo, { accessCode: '4001', extCode: '2', devicetype: 3, deviceid: 1 }, 'the number 40012 is already bound');
  });
});
