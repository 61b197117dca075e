// Goal: the wallboard's proxy signs CC-CMS requests for the local machine only, reaches only the
// real-time interfaces it lists, and returns the interface's own envelope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app.close();
});

const post = (name: string, body: unknown, remoteAddress = '127.0.0.1') => app.http.inject({ method: 'POST', url: `/wallboard/cms/${name}`, payload: JSON.stringify(body), remoteAddress });

describe('POST /wallboard/cms/{name}', () => {
  it('signs the request and returns the CC-CMS reply (configures/skills of the demo VDN)', async () => {
    const config = JSON.parse((await app.http.inject({ method: 'GET', url: '/wallboard/cms' })).body);
    expect(config.interfaces).toEqual(['skills', 'rindex', 'servicequality', 'agents', 'agentstatus', 'agentcalls']);
    const res = await post('skills', { ccId: config.ccId, vdn: 1 });
    expect(JSON.parse(res.body)).toMatchObject({ resultCode: '0100000', resultDesc: expect.arrayContaining([expect.objectContaining({ id: 1, name: 'Voice' })]) });
  });

  it('passes the interface\'s validation failures through', async () => {
    expect(JSON.parse((await post('rindex', { vdn: 1 })).body)).toMatchObject({ resultCode: '0100002' });
  });

  it('refuses other machines and unlisted interfaces', async () => {
    const remote = await post('skills', { ccId: 1, vdn: 1 }, '10.1.2.3');
    expect(remote.statusCode).toBe(403);
    const unknown = await post('agentoprinfo', { ccId: 1, vdn: 1 });
    expect(unknown.statusCode).toBe(404);
  });
});
