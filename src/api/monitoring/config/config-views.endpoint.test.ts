// Goal: the configuration views of §12.3.3 show the configuration store exactly, in the documented
// shapes, to the right key kind, and never another tenant's. Method: the demo tenant plus a second
// tenant "video" (VDN 2, tenant space 202008142460); C2-signed requests with each kind of key.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { cmsRequest, demoKey, globalKey, type AkSk } from '../../../../test/support/cms-client.ts';
import { addTenant, videoTenant } from '../../config-skills/tenant-fixture.test-support.ts';

let app: TestApp;
const videoKey = { accessKey: 'video-ak', secretKey: 'video-sk' };
const openapi = '/rest/cmsapp/v1/openapi';
const get = (path: string, key: AkSk = demoKey) => cmsRequest(app, `${openapi}/${path}`, undefined, { key, method: 'GET' });
const post = (path: string, body: unknown, key: AkSk = demoKey) => cmsRequest(app, `${openapi}/${path}`, body, { key });

beforeAll(async () => {
  app = await createTestApp();
  await addTenant(app, { ...videoTenant(), settings: { tenantSpaceId: '202008142460' } });
});
afterAll(async () => {
  await app.close();
});

describe('12.3.3.1 configures/vdns', () => {
  it('lists every VDN for the global key, with the queryParam wrapper of the example', async () => {
    const res = await post('configures/vdns', { queryParam: { ccId: 1 } }, globalKey);
    const list = [
      { vdn: 1, vdnName: 'demo' },
      { vdn: 2, vdnName: 'video' },
    ];
    expect(res.body).toEqual({ result: '0', resultCode: '0100000', resultDatas: list, resultDesc: list });
  });

  it('refuses a tenant key with 0101003, and a missing, foreign or out-of-range ccId with 0100002', async () => {
    expect((await post('configures/vdns', { ccId: 1 })).body).toMatchObject({ resultCode: '0101003' });
    for (const body of [{}, { ccId: 2 }, { ccId: 0 }, { ccId: 65536 }, { ccId: 'x' }]) {
      expect((await post('configures/vdns', body, globalKey)).body, JSON.stringify(body)).toMatchObject({ result: '0100002', resultCode: '0100002' });
    }
  });
});

describe('12.3.3.2 configures/agents', () => {
  it('lists every configured agent with roles and skills, without count when not paged', async () => {
    const res = await get('configures/agents/1/1');
    expect(res.body.resultCode).toBe('0100000');
    expect(res.body.count).toBeUndefined();
    expect(res.body.resultDesc).toHaveLength(11);
    expect(res.body.resultDesc[0]).toEqual({ agentNo: '101', agentName: 'Agent 101', roleId: '2', skillId: '1' });
    expect(res.body.resultDesc[10]).toEqual({ agentNo: '120', agentName: 'Inspector 120', roleId: '3', skillId: '' });
    expect(res.body.resultDatas).toEqual(res.body.resultDesc);
  });

  it('pages with /{offset}/{limit} and then returns the total as count', async () => {
    const res = await get('configures/agents/1/1/9/5');
    expect(res.body.count).toBe(11);
    expect(res.body.resultDesc.map((a: { agentNo: string }) => a.agentNo)).toEqual(['110', '120']);
  });

  it('answers 0100002 for a limit over 100 or out-of-range ids, 0101003 for another tenant', async () => {
    for (const path of ['configures/agents/1/1/0/101', 'configures/agents/1/1/0/0', 'configures/agents/1/1/-1/10', 'configures/agents/0/1', 'configures/agents/1/5001', 'configures/agents/2/1']) {
      expect((await get(path)).body, path).toMatchObject({ resultCode: '0100002' });
    }
    expect((await get('configures/agents/1/2')).body).toMatchObject({ resultCode: '0101003' });
    expect((await get('configures/agents/1/2', videoKey)).body.resultDesc).toEqual([{ agentNo: '20001', agentName: 'Video agent', roleId: '2', skillId: '1' }]);
  });
});

describe('12.3.3.3 configures/calledconfigs', () => {
  it('lists the called routes with the skill name or flow description as device name', async () => {
    const res = await get('configures/calledconfigs/1/1');
    expect(res.body.resultDesc).toEqual([
      { ccId: 1, vdnId: 1, accessCode: '4001', subCode: '', deviceType: '1', deviceName: 'Voice', deviceNo: '1', dnid: expect.any(String) },
      { ccId: 1, vdnId: 1, accessCode: '4002', subCode: '', deviceType: '3', deviceName: 'Main menu', deviceNo: '1', dnid: expect.any(String) },
      { ccId: 1, vdnId: 1, accessCode: '4003', subCode: '', deviceType: '1', deviceName: 'Chat', deviceNo: '2', dnid: expect.any(String) },
    ]);
    expect((await get('configures/calledconfigs/1/2')).body).toMatchObject({ resultCode: '0101003' });
    expect((await get('configures/calledconfigs/1/2', globalKey)).body.resultDesc).toEqual([]);
  });
});

describe('12.3.3.4 tenant/querytenantdetail', () => {
  it('returns the tenant space with its access codes and agents (the example request)', async () => {
    const res = await post('tenant/querytenantdetail', { tenantId: '202008142460', cclid: 1 }, videoKey);
    expect(res.body).toEqual({
      resultCode: '0100000',
      resultDesc: [
        {
          ccId: 1,
          vdnId: 2,
          tenantId: '202008142460',
          tenantSpaceName: 'video',
          accessCodes: [
            { accessCode: '9911411', isDefault: false },
            { accessCode: '9911500', isDefault: false },
          ],
          agents: [{ workNo: 20001, sipAccount: '8820001', accountCode: 'video20001', agentType: 4 }],
        },
      ],
    });
  });

  it('marks the default calling number as the default access code; a VDN without tenantSpaceId is its VDN id', async () => {
    const res = await post('tenant/querytenantdetail', { tenantId: '1' });
    expect(res.body.resultDesc[0].accessCodes).toEqual([
      { accessCode: '4001', isDefault: true },
      { accessCode: '4002', isDefault: false },
      { accessCode: '4003', isDefault: false },
    ]);
    expect(res.body.resultDesc[0].agents).toHaveLength(11);
  });

  it('refuses another tenant (existing or not) with 0101003; the global key reads any, unknown is 0100002', async () => {
    expect((await post('tenant/querytenantdetail', { tenantId: '202008142460' })).body).toMatchObject({ resultCode: '0101003' });
    expect((await post('tenant/querytenantdetail', { tenantId: 'nosuch' })).body).toMatchObject({ resultCode: '0101003' });
    expect((await post('tenant/querytenantdetail', { tenantId: '202008142460' }, globalKey)).body.resultDesc[0].vdnId).toBe(2);
    expect((await post('tenant/querytenantdetail', { tenantId: 'nosuch' }, globalKey)).body).toMatchObject({ resultCode: '0100002' });
    for (const body of [{}, { tenantId: '' }, { tenantId: '1', ccId: 3 }]) {
      expect((await post('tenant/querytenantdetail', body)).body, JSON.stringify(body)).toMatchObject({ resultCode: '0100002' });
    }
  });
});

describe('12.3.3.5 skillgroups', () => {
  it('groups the agents’ skill bindings with their powers', async () => {
    const res = await get('skillgroups/1/1');
    expect(res.body).toEqual({ resultCode: '0100000', resultDesc: [{ id: 1, skills: [{ skillId: 1, skillPower: 1, agentPower: 1 }], groupName: 'skillgroup1' }] });
    expect((await get('skillgroups/1/2')).body).toMatchObject({ resultCode: '0101003' });
  });
});

describe('12.3.3.6 tenant/querytenants', () => {
  it('returns the tenant of the private key, and refuses the global key with 0101003', async () => {
    const res = await post('tenant/querytenants', { ccld: 1 }, videoKey);
    expect(res.body).toEqual({
      resultCode: '0100000',
      resultDesc: [
        {
          ccId: 1,
          vdnId: 2,
          tenantId: '202008142460',
          tenantSpaceName: 'video',
          accessCodes: [
            { accessCode: '9911411', isDefault: false },
            { accessCode: '9911500', isDefault: false },
          ],
        },
      ],
    });
    expect((await post('tenant/querytenants', {})).body.resultDesc[0].vdnId).toBe(1);
    expect((await post('tenant/querytenants', {}, globalKey)).body).toMatchObject({ resultCode: '0101003' });
    expect((await post('tenant/querytenants', { ccId: 9 })).body).toMatchObject({ resultCode: '0100002' });
  });
});
