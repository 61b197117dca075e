// Goal: file servers (7.8.1–7.8.4) as documented: the example request in (and its documented
// 02000005 answer for the masked 5-character password), uniqueness, the IP-change password rule,
// paging and filtering, the password sealed and never echoed (replies, store, invocation log),
// tenant isolation. Method: a test server; C2-signed requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../../test/support/test-app.ts';
import { addTenant } from '../../../config-skills/tenant-fixture.test-support.ts';
import { openPassword } from '../../../../services/outbound/lists/password-seal.ts';
import { failed, isales, isalesV1, ok, videoKey } from '../isales-client.test-support.ts';

let app: TestApp;
const post = (path: string, body?: unknown, vdn = 1, key?: typeof videoKey) => isales(app, 'POST', `${isalesV1(vdn)}/file/${path}`, body, key);
const secret = 'Sftp#Secret-2026';

beforeAll(async () => {
  app = await createTestApp();
  await addTenant(app);
});
afterAll(async () => {
  await app.close();
});

describe('7.8.1 file/addServer', () => {
  it('answers the reference example (password "*****") with its documented 02000005', async () => {
    const res = await post('addServer', { userName: 'zhangsan', serverInfo: { ip: '1.2.3.4', port: '22', filePath: '/home/sftp' }, serverPwd: '*****' });
    expect(res.body).toEqual({ ...failed('02000005'), resultDesc: 'The parameter value must be a string of 8 to 80 characters.', returnDesc: 'The parameter value must be a string of 8 to 80 characters.' });
  });

  it('registers a server, returns a 30-digit id and stores the password sealed', async () => {
    const res = await post('addServer', { userName: 'zhangsan', serverInfo: { ip: '1.2.3.4', port: '22', filePath: '/home/sftp' }, serverPwd: secret });
    expect(res.body).toEqual({ ...ok('success'), serverId: expect.stringMatching(/^\d{30}$/) });
    const row = await app.services.repos.isalesImports.server(1, res.body.serverId);
    expect(row!.passwordCipher).not.toContain(secret);
    expect(row!.passwordCipher).toMatch(/^v1:[0-9a-f]{24}:[0-9a-f]{32}:[0-9a-f]+$/);
    expect(await openPassword(app.services.repos, app.services.secrets, 1, row!.passwordCipher)).toBe(secret);
    // The tenant is bound into the seal: another tenant's key does not open it.
    await expect(openPassword(app.services.repos, app.services.secrets, 2, row!.passwordCipher)).rejects.toThrow();
  });

  it('refuses the same server twice in a tenant, and every broken rule', async () => {
    expect((await post('addServer', { userName: 'zhangsan', serverInfo: { ip: '1.2.3.4', port: '22', filePath: '/x' }, serverPwd: secret })).body).toMatchObject(failed('02000007'));
    const base = { userName: 'u', serverInfo: { ip: '10.0.0.1', port: '22', filePath: '/home' }, serverPwd: secret };
    const cases: Array<[unknown, string]> = [
      [{ ...base, serverInfo: undefined }, '02000001'],
      [{ ...base, userName: '' }, '02000001'],
      [{ ...base, userName: 'a.b' }, '02000002'],
      [{ ...base, userName: 'x'.repeat(31) }, '02000003'],
      [{ ...base, serverPwd: 'p'.repeat(81) }, '02000005'],
      [{ ...base, serverPwd: undefined }, '02000001'],
      [{ ...base, serverInfo: { ...base.serverInfo, port: '70000' } }, '02000007'],
      [{ ...base, serverInfo: { ...base.serverInfo, port: 'ssh' } }, '02000002'],
      [{ ...base, serverInfo: { ...base.serverInfo, ip: 'a b' } }, '02000002'],
      [{ ...base, serverInfo: { ...base.serverInfo, filePath: '' } }, '02000001'],
    ];
    for (const [body, code] of cases) expect((await post('addServer', body)).body, JSON.stringify(body)).toMatchObject(failed(code));
  });
});

describe('7.8.3 updateServer, 7.8.4 queryServer, 7.8.2 deleteServer', () => {
  it('lists servers without passwords, pages, filters by id, updates and deletes', async () => {
    const second = await post('addServer', { userName: 'isales', serverInfo: { ip: '10.21.124.175', port: '22', filePath: '/home/sftp' }, serverPwd: secret });
    const serverId = second.body.serverId as string;
    const all = await post('queryServer', { limit: 10, offset: 0 });
    expect(all.body).toMatchObject(ok('success'));
    expect(all.body.count).toBe(2);
    expect(all.text).not.toContain(secret);
    expect(all.body.server[1]).toEqual({ port: '22', ip: '10.21.124.175', filePath: '/home/sftp', userName: 'isales', serverId });
    expect((await post('queryServer', { limit: 1, offset: 1 })).body.server.map((s: { serverId: string }) => s.serverId)).toEqual([serverId]);
    expect((await post('queryServer', { limit: 10, offset: 0, serverIds: [serverId] })).body).toMatchObject({ count: 1, server: [{ serverId }] });
    expect((await post('queryServer', {})).body).toMatchObject(failed('02000001'));

    // CEC §7.8.3 (ref L28624): a new IP address needs the password; the same IP does not.
    expect((await post(`${serverId}/updateServer`, { userName: 'WANGWU', serverInfo: { ip: '5.9.11.11', port: '22', filePath: '/home/sftp' } })).body).toMatchObject(failed('02000001'));
    expect((await post(`${serverId}/updateServer`, { userName: 'WANGWU', serverInfo: { ip: '10.21.124.175', port: '2222', filePath: '/data' } })).body).toEqual(ok('success'));
    expect((await post(`${serverId}/updateServer`, { userName: 'WANGWU', serverInfo: { ip: '5.9.11.11', port: '22', filePath: '/home/sftp' }, serverPwd: 'Another#Secret1' })).body).toEqual(ok('success'));
    const row = await app.services.repos.isalesImports.server(1, serverId);
    expect(row).toMatchObject({ ip: '5.9.11.11', port: '22', filePath: '/home/sftp', userName: 'WANGWU' });
    expect(await openPassword(app.services.repos, app.services.secrets, 1, row!.passwordCipher)).toBe('Another#Secret1');

    expect((await post('999999999999999999999999999999/updateServer', { userName: 'x', serverInfo: { ip: '1.1.1.1', port: '22', filePath: '/' } })).body).toMatchObject(failed('0200006'));
    expect((await post(`${serverId}/deleteServer`)).body).toEqual(ok('success'));
    expect((await post(`${serverId}/deleteServer`)).body).toMatchObject(failed('0200006'));
  });

  it('keeps servers per tenant and never logs the password', async () => {
    const mine = (await post('queryServer', { limit: 10, offset: 0 })).body.server[0].serverId as string;
    expect((await post('queryServer', { limit: 10, offset: 0 }, 2, videoKey)).body).toMatchObject({ count: 0, server: [] });
    expect((await post(`${mine}/deleteServer`, undefined, 2, videoKey)).body).toMatchObject(failed('0200006'));
    await app.services.settle();
    const logged = await app.services.store.db.selectFrom('isalesOpenapiLog').select('request').where('url', 'like', '%addServer').execute();
    expect(logged.length).toBeGreaterThan(0);
    for (const row of logged) expect(row.request).not.toContain(secret);
    expect(logged.some((r) => r.request.includes('"serverPwd":"******"'))).toBe(true);
  });
});
