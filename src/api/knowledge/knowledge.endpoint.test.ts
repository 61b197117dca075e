// Goal: chapter 9 iKBS end to end on the demo tenant's seeded knowledge: SIA tokens (9.1.1), and
// each of the four interfaces through both authentication copies (SIA headers and the signed
// ByAKSK path): entry details with attachments, related entries and neighbours (9.2.1), child
// categories (9.2.2), ranked full-text search in English and Chinese with its filters and paging
// (9.2.3), and signed attachment URLs that download the stored bytes (9.2.4). Every validation and
// failure is checked, and tenants stay apart. Method: a whole server on a virtual clock, through HTTP.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { addTenant, otherTenant } from '../config-ivr/config-ivr.test-support.ts';
import { akskCaller, kbBase, siaCaller, siaToken } from './knowledge.test-support.ts';

let app: TestApp;
afterEach(async () => app.close());

async function both() {
  app = await createTestApp();
  return { sia: siaCaller(app, await siaToken(app)), aksk: akskCaller(app) };
}

const names = (res: { body: any }) => (res.body.data.results as Array<{ coluKngName: string }>).map((r) => r.coluKngName);

describe('9.1.1 SIA authentication', () => {
  it('issues a one-hour token for the tenant JWT password and SIA service name, and refuses others', async () => {
    app = await createTestApp();
    const res = await app.request({ method: 'POST', url: '/rest/sia/v1/tokens/jwt/sia', body: { jwt: 'demo-sia-jwt', domain: 'ccfsAppService' } });
    expect(res.body).toEqual({ token: expect.any(String), expiredAt: '2026-01-05T09:00:00.000+0000' });
    for (const body of [{ jwt: 'demo-sia-jwt', domain: 'other' }, { jwt: 'wrong-jwt', domain: 'ccfsAppService' }]) {
      const refused = await app.request({ method: 'POST', url: '/rest/sia/v1/tokens/jwt/sia', body });
      expect([refused.status, refused.body.error_code]).toEqual([401, 'APIGW.401']);
    }
    expect((await app.request({ method: 'POST', url: '/rest/sia/v1/tokens/jwt/sia', body: { jwt: 'demo-sia-jwt' } })).status).toBe(400);
  });

  it('guards the SIA copies: token, tenant space header (also as printed X-TenantSpacelD) and expiry', async () => {
    app = await createTestApp();
    const token = await siaToken(app);
    const body = { beyondColuId: '0' };
    expect((await siaCaller(app, token)('/columnkngapi/queryColumnsBySuperCode', body)).body.returnCode).toBe('0');
    const misprinted = await app.request({ method: 'POST', url: `${kbBase}/columnkngapi/queryColumnsBySuperCode`, body, headers: { 'X-TenantSpacelD': '1', 'X-Access-Token': token } });
    expect(misprinted.body.returnCode).toBe('0');
    for (const [space, t] of [['2', token], ['1', 'nope']]) {
      const res = await siaCaller(app, t!, space)('/columnkngapi/queryColumnsBySuperCode', body);
      expect([res.status, res.body.returnCode]).toEqual([401, '1']);
    }
    app.clock.advance(60 * 60_000);
    expect((await siaCaller(app, token)('/columnkngapi/queryColumnsBySuperCode', body)).status).toBe(401);
  });
});

describe('9.2.2 queryColumnsBySuperCode', () => {
  it('lists child categories through both copies, from the root down', async () => {
    const { sia, aksk } = await both();
    for (const call of [sia, aksk]) {
      const root = await call('/columnkngapi/queryColumnsBySuperCode', { beyondColuld: '0' });
      expect(root.body).toEqual({
        returnCode: '0',
        description: 'success',
        datas: [
          { coluKngName: 'Banking', code: '001', coluType: 1, coluKngType: 1, superCode: '-1', id: 'kbBanking', beyondColuId: '0', beyondColuPath: '/', coluKngId: 'kbBanking' },
          { coluKngName: 'Telecom', code: '002', coluType: 1, coluKngType: 1, superCode: '-1', id: 'kbTelecom', beyondColuId: '0', beyondColuPath: '/', coluKngId: 'kbTelecom' },
        ],
      });
      const cards = await call('/columnkngapi/queryColumnsBySuperCode', { beyondCoulid: 'kbBanking' });
      expect(cards.body.datas).toEqual([expect.objectContaining({ coluKngId: 'kbCards', code: '001001', superCode: '001', beyondColuPath: '/Banking' })]);
      expect((await call('/columnkngapi/queryColumnsBySuperCode', { beyondColuId: 'kbCards' })).body.datas).toEqual([]);
      expect((await call('/columnkngapi/queryColumnsBySuperCode', { beyondColuId: 'kbLostCard' })).body).toEqual({ returnCode: '1', description: 'category kbLostCard does not exist' });
      expect((await call('/columnkngapi/queryColumnsBySuperCode', {})).body.returnCode).toBe('1');
    }
  });
});

describe('9.2.1 queryKngDetail', () => {
  it('returns content, attachments, related entries and neighbours, and counts each open', async () => {
    const { sia, aksk } = await both();
    const res = await sia('/columnkngapi/queryKngDetail', { coluKngld: 'kbLostCard', openType: '1' });
    expect(res.body).toMatchObject({ returnCode: '0', description: 'success' });
    const data = res.body.data;
    expect(data).toMatchObject({
      coluKngId: 'kbLostCard',
      coluKngName: 'Report a lost or stolen credit card',
      coluKngType: 2,
      code: '001001001',
      superCode: '001001',
      beyondColuId: 'kbCards',
      beyondColuPath: '/Banking/Cards',
      kngStatus: 3,
      serviceStatus: 2,
      clickNum: 1,
      displayFlag: 1,
      tenantId: '1',
      creationTime: app.clock.now(),
      pre: null,
      next: { coluKngId: 'kbCardLimit', coluKngName: 'Raise a temporary credit limit', coluKngType: 3 },
      relaKngs: [
        { coluKngId: 'kbCardLimit', coluKngName: 'Raise a temporary credit limit', coluKngType: 3, serviceStatus: 1 },
        { coluKngId: 'kbGuashi', coluKngName: '信用卡挂失', coluKngType: 2, serviceStatus: 1 },
      ],
    });
    expect(data.kngContent).toContain('<b>freeze</b>');
    expect(data.kngFiles).toEqual([expect.objectContaining({ adjName: 'card-freeze-steps.png', adjClass: 1, adjType: 'png', adjSize: 70, kngId: 'kbLostCard', adjKey: expect.stringMatching(/^ccikbs\/file\/1\/\d{19}$/) })]);
    const middle = await aksk('/columnkngapi/queryKngDetail', { coluKngId: 'kbCardLimit', openType: '2', searchRank: '1', searchSortType: 'hit', searchWord: 'limit' });
    expect(middle.body.data).toMatchObject({ pre: { coluKngId: 'kbLostCard' }, next: { coluKngId: 'kbGuashi' }, clickNum: 1 });
    expect((await sia('/columnkngapi/queryKngDetail', { coluKngId: 'kbLostCard', openType: 5, openKng: 'kbGuashi' })).body.data.clickNum).toBe(2);
    const events = await app.services.store.db.selectFrom('kbOpenEvent').selectAll().orderBy('atMs').orderBy('id').execute();
    expect(events.map((e) => [e.coluKngId, e.openType, e.searchWord])).toEqual([
      ['kbLostCard', 1, null],
      ['kbCardLimit', 2, 'limit'],
      ['kbLostCard', 5, null],
    ]);
  });

  it('refuses unknown entries, conditional fields and bad values with returnCode 1', async () => {
    const { sia } = await both();
    const cases: Array<[Record<string, unknown>, string | undefined]> = [
      [{ coluKngId: 'nope', openType: '1' }, 'knowledge nope does not exist'],
      [{ coluKngId: 'kbLostCard', openType: '2' }, 'searchSortType and searchWord are mandatory when openType is 2'],
      [{ coluKngId: 'kbLostCard', openType: '5' }, 'openKng is mandatory when openType is 5'],
      [{ coluKngId: 'kbLostCard', openType: '5', openKng: 'nope' }, 'openKng must name the knowledge the entry was opened from'],
      [{ coluKngId: 'kbLostCard', openType: '6' }, undefined],
      [{ coluKngId: 'kbLostCard', openType: '2', searchSortType: 'random', searchWord: 'x' }, undefined],
      [{ openType: '1' }, undefined],
    ];
    for (const [body, message] of cases) {
      const res = await sia('/columnkngapi/queryKngDetail', body);
      expect(res.body.returnCode, JSON.stringify(body)).toBe('1');
      if (message) expect(res.body.description).toBe(message);
    }
  });
});

describe('9.2.3 advancedSearch', () => {
  it('ranks English and Chinese matches by relevance through both copies', async () => {
    const { sia, aksk } = await both();
    for (const call of [sia, aksk]) {
      const lost = await call('/columnkngapi/advancedSearch', { keyword: 'lost credit card', offset: 0, limit: 10 });
      expect(lost.body.returnCode).toBe('0');
      expect(names(lost)[0]).toBe('Report a lost or stolen credit card');
      expect(names(lost)).toContain('Raise a temporary credit limit');
      expect(lost.body.data.total).toBe(names(lost).length);
      const guashi = await call('/columnkngapi/advancedSearch', { keyword: '信用卡挂失', offset: 0, limit: 10 });
      expect(names(guashi)).toEqual(['信用卡挂失']);
      expect(names(await call('/columnkngapi/advancedSearch', { keyword: '微信充值', offset: 0, limit: 10 }))).toEqual(['话费充值']);
      // A word matches the longer words it begins.
      expect(names(await call('/columnkngapi/advancedSearch', { keyword: 'roam', offset: 0, limit: 10 }))).toEqual(['Activate international roaming']);
      expect((await call('/columnkngapi/advancedSearch', { keyword: 'zzzz', offset: 0, limit: 10 })).body.data).toEqual({ total: 0, results: [] });
    }
  });

  it('shows results in the example shape, filters by subtree, type and time, and pages', async () => {
    const { sia } = await both();
    const res = await sia('/columnkngapi/advancedSearch', { keyword: 'transfer', offset: 0, limit: 10 });
    expect(res.body.data.results[0]).toEqual({
      adjs: 'transfer-fees.txt',
      code: '001002',
      coluKngType: 2,
      orderId: 2,
      creatorId: '',
      modifierId: '',
      creatorName: '',
      beyondColuPath: '/Banking',
      contentInfo: 'An international (SWIFT) wire transfer costs 15 USD plus the correspondent bank fee. Transfers requested before 16:00 leave the same day.',
      coluKngName: 'International transfer fees',
      modifyTime: '20260105080000',
      validEndTime: null,
      summaryInfo: 'Fees and cut-off times of international wire transfers.',
      serviceStatus: 1,
      clickNum: 0,
      keyword: 'wire transfer, SWIFT, fee',
      coluKngId: 'kbTransfers',
      curVersionNum: 1,
      validStartTime: null,
      kngPath: null,
      superCode: '001',
      beyondColuId: 'kbBanking',
      createTime: '2026-01-05 08:00:00',
      kngAdj: 'transfer-fees.txt',
      tenantId: '1',
    });
    const search = (body: Record<string, unknown>) => sia('/columnkngapi/advancedSearch', { keyword: 'card limit roaming broadband', offset: 0, limit: 10, ...body });
    const all = names(await search({}));
    // The category "Cards" matches too: "card" begins "cards".
    expect([...all].sort()).toEqual(['Activate international roaming', 'Broadband installation', 'Cards', 'Raise a temporary credit limit', 'Report a lost or stolen credit card']);
    expect(names(await search({ code: '002' }))).toEqual(expect.arrayContaining(['Activate international roaming', 'Broadband installation']));
    expect(names(await search({ code: '002' }))).toHaveLength(2);
    expect(names(await search({ coluKngType: '3' }))).toEqual(['Raise a temporary credit limit']);
    expect(names(await search({ offset: 1, limit: 2 }))).toEqual(all.slice(1, 3));
    expect((await search({ offset: 1, limit: 2 })).body.data.total).toBe(5);
    expect(names(await search({ startTime: app.clock.now() + 1 }))).toEqual([]);
    expect(names(await search({ startTime: app.clock.now(), endTime: app.clock.now() }))).toHaveLength(5);
    expect(names(await sia('/columnkngapi/advancedSearch', { keyword: 'Cards', offset: 0, limit: 10, coluKngType: '1' }))).toEqual(['Cards']);
    for (const bad of [{ limit: 0 }, { limit: 101 }, { offset: -1 }, { keyword: '' }, { code: '01' }, { coluKngType: '4' }, { startTime: 2, endTime: 1 }]) {
      expect((await search(bad)).body.returnCode, JSON.stringify(bad)).toBe('1');
    }
  });

  it('follows imports and hides entries that are not released, not displayed or out of validity', async () => {
    const { sia } = await both();
    const now = app.clock.now();
    const imported = await app.services.knowledge.importTree(1, '1', {
      mode: 'append',
      parentId: 'kbTelecom',
      tree: [
        { id: 'kbDraft', name: 'Satellite phone draft', kind: 'common', status: 1, content: 'satellite' },
        { id: 'kbHidden', name: 'Satellite phone hidden', kind: 'common', display: false, content: 'satellite' },
        { id: 'kbLater', name: 'Satellite phone later', kind: 'common', validStartTime: now + 60_000, content: 'satellite' },
        { id: 'kbLive', name: 'Satellite phone plans', kind: 'common', content: 'satellite', servicesEndTime: now - 1 },
      ],
    });
    expect(imported).toEqual({ ok: true, value: { count: 4 } });
    const find = () => sia('/columnkngapi/advancedSearch', { keyword: 'satellite', offset: 0, limit: 10 });
    expect(names(await find())).toEqual(['Satellite phone plans']);
    expect((await find()).body.data.results[0]).toMatchObject({ code: '002007', beyondColuPath: '/Telecom', serviceStatus: 5 });
    app.clock.advance(60_000);
    expect(names(await find()).sort()).toEqual(['Satellite phone later', 'Satellite phone plans']);
    expect((await sia('/columnkngapi/queryKngDetail', { coluKngId: 'kbDraft', openType: '1' })).body.returnCode).toBe('1');
  });
});

describe('9.2.4 knowledge/download', () => {
  it('hands out a ten-minute signed URL of an attachment (by key or id) that downloads its bytes', async () => {
    const { sia, aksk } = await both();
    const files = (await sia('/columnkngapi/queryKngDetail', { coluKngId: 'kbTransfers', openType: '3' })).body.data.kngFiles;
    for (const [call, fileKey] of [[sia, files[0].adjKey], [aksk, files[0].adjId]] as const) {
      const res = await call('/knowledge/download', { kngld: 'kbTransfers', fileKey });
      expect(res.body).toEqual({ returnCode: '0', description: 'success', url: expect.stringMatching(/^http:\/\/localhost(:\d+)?\/opencec\/v1\/ikbs\/files\/\d{19}\?vdnId=1&Expires=\d+&Signature=/), data: { url: res.body.url } });
      const path = new URL(res.body.url).pathname + new URL(res.body.url).search;
      const file = await app.request({ method: 'GET', url: path });
      expect([file.status, file.headers['content-type'], file.text]).toEqual([200, 'text/plain; charset=utf-8', 'SWIFT transfer: 15 USD\nSEPA transfer: free\n']);
      expect((await app.request({ method: 'GET', url: path.replace(/Signature=[^&]+/, 'Signature=forged') })).status).toBe(401);
    }
    const url = (await sia('/knowledge/download', { kngId: 'kbTransfers', fileKey: files[0].adjId })).body.url as string;
    app.clock.advance(10 * 60_000 + 1000);
    expect((await app.request({ method: 'GET', url: new URL(url).pathname + new URL(url).search })).status).toBe(401);
    expect((await sia('/knowledge/download', { kngId: 'kbTransfers', fileKey: 'nope' })).body).toEqual({ returnCode: '1', description: 'knowledge kbTransfers has no attachment nope' });
    expect((await sia('/knowledge/download', { kngId: 'kbLostCard', fileKey: files[0].adjId })).body.returnCode).toBe('1');
    expect((await sia('/knowledge/download', { kngId: 'kbTransfers' })).body.returnCode).toBe('1');
  });
});

describe('AK/SK copies and tenant isolation', () => {
  it('needs the signing key VDN and the call center in the body, and 401 for a bad signature', async () => {
    app = await createTestApp();
    const aksk = akskCaller(app);
    expect((await aksk('/columnkngapi/queryColumnsBySuperCode', { beyondColuId: '0', vdn: 7 })).body).toEqual({ returnCode: '1', description: 'VDN 7 is not the VDN of the access key' });
    expect((await aksk('/columnkngapi/queryColumnsBySuperCode', { beyondColuId: '0', cclId: 99 })).body.returnCode).toBe('1');
    const bad = await akskCaller(app, { accessKey: 'demo-ak', secretKey: 'wrong' })('/columnkngapi/queryColumnsBySuperCode', { beyondColuId: '0' });
    expect([bad.status, bad.body.returnCode]).toEqual([401, '1']);
    const unsigned = await app.request({ method: 'POST', url: `${kbBase}/columnkngapi/queryColumnsBySuperCodeByAKSK`, body: { beyondColuId: '0', cclId: 1, vdn: 1 } });
    expect(unsigned.status).toBe(401);
  });

  it('keeps each tenant to its own tree, tokens and attachments', async () => {
    const { sia } = await both();
    await addTenant(app, otherTenant({ settings: { tenantSpaceId: 'space7' }, knowledge: { sia: [{ domain: 'ccfsAppService', jwt: 'other-sia-jwt' }], tree: [{ id: 'o1', name: 'Other card rules', kind: 'common', content: 'card' }] } }));
    const other = siaCaller(app, await siaToken(app, 'other-sia-jwt'), 'space7');
    expect(names(await other('/columnkngapi/advancedSearch', { keyword: 'card', offset: 0, limit: 10 }))).toEqual(['Other card rules']);
    expect(names(await sia('/columnkngapi/advancedSearch', { keyword: 'card', offset: 0, limit: 10 }))).not.toContain('Other card rules');
    expect((await other('/columnkngapi/queryKngDetail', { coluKngId: 'kbLostCard', openType: '1' })).body.returnCode).toBe('1');
    expect((await other('/knowledge/download', { kngId: 'kbTransfers', fileKey: 'x' })).body.returnCode).toBe('1');
    expect((await siaCaller(app, await siaToken(app, 'other-sia-jwt'), '1')('/columnkngapi/queryColumnsBySuperCode', { beyondColuId: '0' })).status).toBe(401);
    const detail = await other('/columnkngapi/queryKngDetail', { coluKngId: 'o1', openType: '1' });
    expect(detail.body.data.tenantId).toBe('space7');
    const akskOther = akskCaller(app, { accessKey: 'other-ak', secretKey: 'other-sk' }, 7);
    expect((await akskOther('/columnkngapi/queryColumnsBySuperCode', { beyondColuId: '0' })).body.datas).toEqual([]);
    expect((await akskCaller(app, { accessKey: 'other-ak', secretKey: 'other-sk' }, 1)('/columnkngapi/queryColumnsBySuperCode', { beyondColuId: '0' })).body.returnCode).toBe('1');
  });
});
