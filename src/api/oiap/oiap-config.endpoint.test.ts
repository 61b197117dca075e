import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { oiapClient, otherOiapTenant, testCorpus, testFlowDefinition } from './oiap-client.test-support.ts';

let app: TestApp;
let oiap: Awaited<ReturnType<typeof oiapClient>>;
let other: Awaited<ReturnType<typeof oiapClient>>;
let flowCode: string;

beforeAll(async () => {
  app = await createTestApp();
  oiap = await oiapClient(app);
  other = await otherOiapTenant(app);
  expect((await oiap('/opencec/v1/oiap/corpus', testCorpus)).body.errorCode).toBe(0);
  const flow = await oiap('/opencec/v1/oiap/flows', { flowName: 'Test bot', definition: testFlowDefinition });
  expect(flow.body.errorCode).toBe(0);
  flowCode = flow.body.flow.flowCode;
});
afterAll(() => app.close());

describe('C3 token checks (Table 10-1)', () => {
  it('answers 900001 without a valid token', async () => {
    const res = await app.request({ method: 'POST', url: '/oifde/rest/api/querydomaininfo', body: { tenantId: 'demo-ak', authToken: 'nope' } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ errorCode: 900001, errorMsg: expect.any(String) });
  });

  it('answers 900002 when tenantId names another tenant', async () => {
    const res = await oiap('/oifde/rest/api/querydomaininfo', { tenantId: 'other-ak' });
    expect(res.body.errorCode).toBe(900002);
  });

  it('accepts the token in the userName + token headers', async () => {
    const res = await app.request({ method: 'POST', url: '/oifde/rest/api/querydomaininfo', headers: { userName: 'demo-ak', token: oiap.token }, body: { tenantId: 'demo-ak' } });
    expect(res.body.errorCode).toBe(0);
  });
});

describe('10.2 querydomaininfo', () => {
  it('lists the activated domains, filtered by language', async () => {
    const res = await oiap('/oifde/rest/api/querydomaininfo', { tenantId: 'demo-ak', language: 'en_US' });
    expect(res.body).toEqual({ errorCode: 0, errorMsg: '', domains: [{ tenantId: 'demo-ak', domainId: 10001, domainName: 'Banking', language: 'en_US' }] });
    expect((await oiap('/oifde/rest/api/querydomaininfo', { tenantId: 'demo-ak', language: 'zh_CN' })).body.domains).toEqual([]);
  });

  it('rejects an unknown language with 10000002', async () => {
    expect((await oiap('/oifde/rest/api/querydomaininfo', { tenantId: 'demo-ak', language: 'xx' })).body.errorCode).toBe(10000002);
  });

  it('shows nothing of another tenant', async () => {
    expect((await other('/oifde/rest/api/querydomaininfo', { tenantId: 'other-ak' })).body.domains).toEqual([]);
  });
});

describe('10.3 navigation bindings', () => {
  it('creates, queries, updates and deletes a binding with empty success bodies', async () => {
    const created = await oiap('/oifde/rest/api/createnavigationinfo', { tenantId: 'demo-ak', accessCode: '10086', domainId: 10001, dialogType: 1, flowCode, description: '' });
    expect(created.status).toBe(200);
    expect(created.text).toBe('');
    const query = await oiap('/oifde/rest/api/querynavigationinfo', { tenantId: 'demo-ak', accessCode: '10086', pageNum: '1', pageSize: '10' });
    expect(query.body).toEqual({
      total: 1,
      accessInfoList: [{ accessId: expect.stringMatching(/^\d+$/), tenantId: 'demo-ak', accessCode: '10086', domainId: 10001, dialogType: 1, flowCode, flowName: 'Test bot', description: '', source: 'IVR', chatBotName: null, usingRecordService: 0 }],
    });
    const accessId = query.body.accessInfoList[0].accessId;
    const updated = await oiap('/oifde/rest/api/updatenavigationinfo', { tenantId: 'demo-ak', accessId, dialogType: 3, description: 'chat bot' });
    expect(updated.text).toBe('');
    const after = await oiap('/oifde/rest/api/querynavigationinfo', { tenantId: 'demo-ak' });
    expect(after.body.accessInfoList.find((a: { accessId: string }) => a.accessId === accessId)).toMatchObject({ dialogType: 3, description: 'chat bot' });
    expect((await other('/oifde/rest/api/querynavigationinfo', { tenantId: 'other-ak' })).body.total).toBe(0);
    expect((await other('/oifde/rest/api/deletenavigationinfo', { tenantId: 'other-ak', accessIdList: [accessId] })).text).toBe('');
    expect((await oiap('/oifde/rest/api/querynavigationinfo', { tenantId: 'demo-ak', accessCode: '10086', pageNum: 1, pageSize: 10 })).body.total).toBe(1);
    expect((await oiap('/oifde/rest/api/deletenavigationinfo', { tenantId: 'demo-ak', accessIdList: [accessId] })).text).toBe('');
    expect((await oiap('/oifde/rest/api/querynavigationinfo', { tenantId: 'demo-ak', accessCode: '10086', pageNum: 1, pageSize: 10 })).body.total).toBe(0);
  });

  it('refuses a duplicate access code with 10000004 unless createFlag is 1', async () => {
    const body = { tenantId: 'demo-ak', accessCode: '20001', dialogType: 1, flowCode, description: 'x' };
    expect((await oiap('/oifde/rest/api/createnavigationinfo', body)).text).toBe('');
    expect((await oiap('/oifde/rest/api/createnavigationinfo', body)).body).toEqual({ errorCode: 10000004, errorMsg: expect.any(String) });
    expect((await oiap('/oifde/rest/api/createnavigationinfo', { ...body, createFlag: '1', dialogType: 3 })).text).toBe('');
    const rows = (await oiap('/oifde/rest/api/querynavigationinfo', { tenantId: 'demo-ak', accessCode: '20001', pageNum: 1, pageSize: 5 })).body.accessInfoList;
    expect(rows).toHaveLength(1);
    expect(rows[0].dialogType).toBe(3);
  });

  it('applies the documented rules: 10000002 and 10000003', async () => {
    const base = { tenantId: 'demo-ak', accessCode: '20002', dialogType: 1, flowCode };
    expect((await oiap('/oifde/rest/api/createnavigationinfo', base)).body.errorCode).toBe(10000002);
    expect((await oiap('/oifde/rest/api/createnavigationinfo', { ...base, accessCode: undefined, description: 'd' })).body.errorCode).toBe(10000002);
    expect((await oiap('/oifde/rest/api/createnavigationinfo', { ...base, description: 'd', flowCode: 'missing' })).body.errorCode).toBe(10000003);
    expect((await oiap('/oifde/rest/api/createnavigationinfo', { ...base, description: 'd', dialogType: 9 })).body.errorCode).toBe(10000002);
    expect((await oiap('/oifde/rest/api/createnavigationinfo', { ...base, description: 'd', accessCode: 'x'.repeat(21) })).body.errorCode).toBe(10000002);
    expect((await oiap('/oifde/rest/api/updatenavigationinfo', { tenantId: 'demo-ak', accessId: '999', dialogType: 1, description: 'd' })).body.errorCode).toBe(10000003);
    expect((await other('/oifde/rest/api/createnavigationinfo', { ...base, tenantId: 'other-ak', description: 'd' })).body.errorCode).toBe(10000003);
  });

  it('generates an access code for an OIFDE binding without one', async () => {
    expect((await oiap('/oifde/rest/api/createnavigationinfo', { tenantId: 'demo-ak', dialogType: 3, flowCode, source: 'OIFDE', createFlag: '0' })).text).toBe('');
    const rows = (await oiap('/oifde/rest/api/querynavigationinfo', { tenantId: 'demo-ak', source: 'OIFDE' })).body.accessInfoList;
    expect(rows.at(-1).accessCode).toMatch(/^\d{18}$/);
  });
});

describe('10.4 queryflows', () => {
  it('lists the OIFDE flow with the documented fields, and nothing for IVR by default', async () => {
    const res = await oiap('/oifde/rest/api/queryflows', { tenantId: 'demo-ak', flowCode, source: 'OIFDE', pageNum: 1, pageSize: 10 });
    expect(res.body.total).toBe(1);
    expect(res.body.flowList[0]).toMatchObject({ flowCode, flowName: 'Test bot', scenarioType: 'default', status: 'VALID', version: 'v1', source: 'OIFDE', tenantId: 'demo-ak', flowStartNode: 'welcome', flowEndNode: 'bye', isDefault: '1', createDate: app.clock.now() });
    expect((await oiap('/oifde/rest/api/queryflows', { tenantId: 'demo-ak' })).body.total).toBe(0);
    expect((await other('/oifde/rest/api/queryflows', { tenantId: 'other-ak', source: 'OIFDE' })).body.total).toBe(0);
  });

  it('refuses a flow program with a dangling node reference', async () => {
    const res = await oiap('/opencec/v1/oiap/flows', { flowName: 'Broken', definition: { start: 'a', nodes: [{ id: 'a', type: 'prompt', text: 'x', next: 'nowhere' }] } });
    expect(res.body.errorCode).toBe(10000002);
    expect(res.body.errorMsg).toContain('nowhere');
  });

  it('adds a version when a flow code is imported again', async () => {
    await oiap('/opencec/v1/oiap/flows', { flowCode, flowName: 'Test bot', definition: testFlowDefinition });
    const res = await oiap('/oifde/rest/api/queryflows', { tenantId: 'demo-ak', flowCode, source: 'OIFDE' });
    expect(res.body.flowList.map((f: { version: string }) => f.version)).toEqual(['v1', 'v2']);
  });
});

describe('10.10 intentions/query', () => {
  it('lists the intents of a language without the default ones, paged', async () => {
    const res = await oiap('/oifde/rest/api/intentions/query', { tenantId: 'demo-ak', language: 'en_US', pageNum: 1, pageSize: 5, domainInfo: { domainId: '10001' } });
    expect(res.body).toEqual({ errorCode: 0, errorMsg: '', total: 2, intentions: [
      { intentCmd: 'agent', intentName: 'Transfer to agent', intentDesc: '' },
      { intentCmd: 'balance', intentName: 'Check balance', intentDesc: '' },
    ] });
    expect((await oiap('/oifde/rest/api/intentions/query', { tenantId: 'demo-ak', language: 'en_US', pageNum: 1, pageSize: 7 })).body.errorCode).toBe(10000002);
  });
});
