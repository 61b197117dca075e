// Goal: the knowledge import extension (decision 0901): a VDN administrator appends a tree under a
// category or replaces the whole tree, in the tenant file's format, and search follows at once;
// bad trees are refused whole. Method: a whole server on a virtual clock, config login (C5) GUIDs.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { siaCaller, siaToken } from './knowledge.test-support.ts';

let app: TestApp;
afterEach(async () => app.close());

async function adminGuid(agentId: number, password: string): Promise<string> {
  const res = await app.request({ method: 'POST', url: '/agentgateway/resource/config/login', body: { agentId, password } });
  return res.body.result.guid as string;
}

const importKnowledge = (guid: string, body: unknown) => app.request({ method: 'POST', url: '/opencec/v1/ikbs/import', body, headers: { guid } });

describe('ext.ikbs.import', () => {
  it('appends under a category, replaces the tree, and search follows', async () => {
    app = await createTestApp();
    const guid = await adminGuid(100001, 'Demo@123');
    const search = async (keyword: string) => {
      const res = await siaCaller(app, await siaToken(app))('/columnkngapi/advancedSearch', { keyword, offset: 0, limit: 10 });
      return (res.body.data.results as Array<{ coluKngName: string; code: string }>).map((r) => `${r.code} ${r.coluKngName}`);
    };
    const appended = await importKnowledge(guid, { parentId: 'kbCards', tree: [{ name: 'Debit card PIN reset', kind: 'qa', content: '<p>Reset the PIN at any ATM.</p>' }] });
    expect(appended.body).toEqual({ returnCode: '0', description: 'success', count: 1 });
    expect(await search('PIN reset')).toEqual(['001001004 Debit card PIN reset']);
    const replaced = await importKnowledge(guid, { mode: 'replace', tree: [{ name: 'Only', kind: 'category', children: [{ name: 'eSIM activation', kind: 'common', content: 'Scan the QR code.' }] }] });
    expect(replaced.body.count).toBe(2);
    expect(await search('PIN reset')).toEqual([]);
    expect(await search('esim')).toEqual(['001001 eSIM activation']);
  });

  it('refuses bad trees whole, non-administrators and unknown parents', async () => {
    app = await createTestApp();
    const guid = await adminGuid(100001, 'Demo@123');
    const cases: Array<[unknown, string]> = [
      [{ parentId: 'nope', tree: [{ name: 'x', kind: 'common' }] }, 'category nope does not exist'],
      [{ parentId: 'kbLostCard', tree: [{ name: 'x', kind: 'common' }] }, 'category kbLostCard does not exist'],
      [{ tree: [{ id: 'kbRoaming', name: 'x', kind: 'common' }] }, 'knowledge id kbRoaming is used twice'],
      [{ tree: [{ name: 'x', kind: 'common', related: ['nope'] }] }, 'entry x relates to unknown entry nope'],
      [{ tree: [{ name: 'x', kind: 'qa', children: [{ name: 'y', kind: 'common' }] }] }, 'entry x is not a category and cannot have children'],
      [{ mode: 'replace', parentId: 'kbCards', tree: [{ name: 'x', kind: 'common' }] }, 'A replacing import has no parentId.'],
    ];
    for (const [body, description] of cases) expect((await importKnowledge(guid, body)).body).toEqual({ returnCode: '1', description });
    expect((await importKnowledge(guid, { tree: [] })).body.returnCode).toBe('1');
    expect((await importKnowledge(guid, { tree: [{ name: 'x', kind: 'poem' }] })).body.returnCode).toBe('1');
    expect((await app.services.repos.knowledge.listIds(1)).length).toBe(10);
    const system = await importKnowledge(await adminGuid(1, 'Admin@123'), { tree: [{ name: 'x', kind: 'common' }] });
    expect(system.status).toBe(403);
    expect((await importKnowledge('nope', { tree: [{ name: 'x', kind: 'common' }] })).status).toBe(401);
  });
});
