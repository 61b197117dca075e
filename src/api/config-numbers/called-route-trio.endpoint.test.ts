// Goal: the reference's consistent trio of examples holds end to end: createCalledRoute (§5.3.2)
// binds 9911411 with extensions "", "1" and "11"; queryCalledRoute (§5.3.5) shows dnids 1–3 with
// their long ids; deleteCalledRoute (§5.3.3) of "1,2" answers exactly those ids and numbers.
// Method: a whole server with the "video" tenant shaped after the examples, through inject.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { addTenant } from '../config-skills/tenant-fixture.test-support.ts';

const base = '/apiaccess/rest/cc-management/v1/calledRoute';

let app: TestApp;
let video: Awaited<ReturnType<typeof addTenant>>;
beforeEach(async () => {
  app = await createTestApp();
  video = await addTenant(app);
});
afterEach(async () => {
  await app.close();
});

describe('5.3.2 → 5.3.5 → 5.3.3', () => {
  it('creates, lists and deletes the documented routes', async () => {
    expect((await video(`${base}/createCalledRoute`, { accessCode: '9911411', devicetype: 1, deviceId: 1 })).body.returnCode).toBe('0');
    expect((await video(`${base}/createCalledRoute`, { accessCode: '9911411', extCode: '1', devicetype: 1, deviceId: 1, mediaTypeId: 19 })).body.returnCode).toBe('0');
    // The documented request (ref L5797–5805) and reply (ref L5811–5814).
    const created = await video(`${base}/createCalledRoute`, { accessCode: '9911411', extCode: '11', devicetype: 1, deviceId: 1, mediaTypeId: 19 });
    expect(created.status).toBe(200);
    expect(created.body).toEqual({ returnCode: '0', description: 'data create success' });

    const listed = await video(`${base}/queryCalledRoute`, { accessCode: '9911411' });
    expect(listed.body).toMatchObject({ returnCode: '0', description: 'success', data: { total: 3 } });
    const routes = listed.body.data.calledRouteList as Array<Record<string, unknown>>;
    expect(routes.map((r) => [r.dnid, r.extCode])).toEqual([[1, ''], [2, '1'], [3, '11']]);
    for (const route of routes) {
      expect(route).toEqual({
        id: expect.stringMatching(/^\d{19}$/),
        dnid: expect.any(Number),
        accessCode: '9911411',
        mediatypeId: 19,
        extCode: expect.any(String),
        devicetype: 1,
        deviceid: 1,
        deviceDesc: 'defaultVideoSkill',
        editable: '0',
      });
    }

    // The documented request (ref L5890–5893) and reply (ref L5899–5906).
    const deleted = await video(`${base}/deleteCalledRoute`, { dnids: '1,2' });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({
      returnCode: '0',
      data: { name: '9911411,99114111', id: `${routes[0]!.id},${routes[1]!.id}`, content: '9911411,99114111' },
      description: 'data delete success',
    });
    const left = await video(`${base}/queryCalledRoute`, { accessCode: '9911411' });
    expect(left.body.data.calledRouteList.map((r: { dnid: number }) => r.dnid)).toEqual([3]);
  });
});
