// Goal: deleteCalledRoute (§5.3.3) deletes by dnid, reports partial success in `content`, keeps
// protected routes, refuses unknown dnids and more than 1000, and stays in its tenant. Method: a
// whole server with the demo tenant and the "video" tenant, through inject.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearerToken, c1, createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { addTenant } from '../config-skills/tenant-fixture.test-support.ts';

const url = '/apiaccess/rest/cc-management/v1/calledRoute/deleteCalledRoute';

let app: TestApp;
let demo: ReturnType<typeof c1>;
beforeEach(async () => {
  app = await createTestApp();
  demo = c1(app, await bearerToken(app));
});
afterEach(async () => {
  await app.close();
});

const routes = () => app.services.repos.numbers.listRoutesOfVdn(1);
const protect = async (dnid: number, editable: string) => {
  const [route] = await app.services.repos.numbers.listRoutesByDnid(1, [dnid]);
  await app.services.repos.numbers.updateRoute(1, route!.id, { editable });
  return route!;
};

describe('5.3.3 deleteCalledRoute', () => {
  it('reports a partial success when some routes are protected', async () => {
    const [first, second] = await routes();
    await protect(3, '2');
    const changes: unknown[] = [];
    app.services.configChanges.subscribe((change) => changes.push(change));
    const res = await demo(url, { dnids: '1, 2,3' });
    expect(res.body).toEqual({
      returnCode: '0',
      data: { id: `${first!.id},${second!.id}`, name: '4001,4002', content: 'Success:4001,4002,Failed:4003' },
      description: 'data delete success',
    });
    expect((await routes()).map((r) => r.dnid)).toEqual([3]);
    expect(changes).toEqual([{ vdnId: 1, what: 'routes' }]);
  });

  it('fails, with `content` equal to `name`, when no route may be deleted', async () => {
    await protect(1, '3');
    await protect(2, '2');
    expect((await demo(url, { dnids: '1,2' })).body).toEqual({
      returnCode: '1',
      description: 'none of the called routes can be deleted (editable "2" or "3"): 4001,4002',
      data: { id: '', name: '4001,4002', content: '4001,4002' },
    });
    await protect(3, '1');
    expect((await demo(url, { dnids: '3' })).body.returnCode).toBe('0');
    expect((await routes()).map((r) => r.dnid)).toEqual([1, 2]);
  });

  it('refuses unknown, malformed, missing and too many dnids, deleting nothing', async () => {
    expect((await demo(url, { dnids: '1,9' })).body).toEqual({ returnCode: '1', description: 'no called route has dnid 9' });
    expect((await demo(url, { dnids: '1,x' })).body).toEqual({ returnCode: '1', description: 'dnids: "x" is not a dnid' });
    expect((await demo(url, { dnids: ',' })).body).toEqual({ returnCode: '1', description: 'dnids must name at least one called route' });
    expect((await demo(url, {})).body.description).toMatch(/dnids is mandatory/);
    const many = Array.from({ length: 1001 }, (_, i) => i + 1).join(',');
    expect((await demo(url, { dnids: many })).body).toEqual({ returnCode: '1', description: 'dnids names 1001 called routes; at most 1000 can be deleted at once' });
    expect((await routes()).length).toBe(3);
  });

  it('accepts a number and an array of dnids', async () => {
    expect((await demo(url, { dnids: 1 })).body.data.name).toBe('4001');
    expect((await demo(url, { dnids: ['2', '3'] })).body.data.name).toBe('4002,4003');
    expect(await routes()).toEqual([]);
  });

  it('cannot reach another tenant’s routes', async () => {
    const video = await addTenant(app);
    expect((await video(url, { dnids: '1' })).body).toEqual({ returnCode: '1', description: 'no called route has dnid 1' });
    expect((await routes()).length).toBe(3);
  });
});
