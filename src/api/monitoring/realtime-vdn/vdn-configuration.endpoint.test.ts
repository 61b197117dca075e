// Goal: the configuration views of §12.3.1.1 (access codes .1, IVR flows .8, skills .9, rest
// reasons .10) report the tenant's configuration in the documented envelopes and keep tenants
// apart. Method: read the demo tenant (and the second test tenant) with C2-signed requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { globalKey } from '../../../../test/support/cms-client.ts';
import { expectInvalid, expectTenantRules, openapi, videoKey, withVideoTenant } from './vdn-fixture.test-support.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await withVideoTenant(app);
});
afterAll(async () => {
  await app.close();
});

describe('VDN configuration views', () => {
  it('lists the access codes in envelope B, numbered in configuration order (12.3.1.1.1)', async () => {
    const res = await openapi(app, 'vdn/queryaccesscodeinfo', { cclId: 1, vdn: 1 });
    expect(res.body).toEqual({
      resultCode: '0100000',
      resultDesc: [
        { acId: 1, mediatypeId: 5, accessCode: '4001', codeDescription: 'Voice hotline' },
        { acId: 2, mediatypeId: 5, accessCode: '4002', codeDescription: 'IVR hotline' },
        { acId: 3, mediatypeId: 53, accessCode: '4003', codeDescription: 'Web chat' },
      ],
    });
    const video = await openapi(app, 'vdn/queryaccesscodeinfo', { cclId: 1, vdn: 2 }, videoKey);
    expect(video.body.resultDesc.map((c: { accessCode: string }) => c.accessCode)).toEqual(['9911411', '9911500']);
    await expectTenantRules(app, 'vdn/queryaccesscodeinfo', { ccId: 1 });
  });

  it('lists the IVR flows with their access codes in envelope A (12.3.1.1.8)', async () => {
    const res = await openapi(app, 'vdn/queryivrprocessinnoinfo', { cclId: 1, vdn: 1 });
    const flows = [
      { id: 1, serviceNo: 1, realFlag: 1, accessNo: '8001', description: 'Main menu' },
      { id: 2, serviceNo: 2, realFlag: 1, accessNo: '8002', description: 'Satisfaction survey' },
    ];
    expect(res.body).toEqual({ result: '0', resultCode: '0100000', resultDatas: flows, resultDesc: flows });
    await expectTenantRules(app, 'vdn/queryivrprocessinnoinfo', { ccId: 1 });
  });

  it('lists the skill queues, accepting the queryParam wrapper of the example (12.3.1.1.9)', async () => {
    const res = await openapi(app, 'configures/skills', { queryParam: { ccld: 1, vdn: 1 } });
    expect(res.body).toEqual({ resultCode: '0100000', resultDesc: [{ id: 1, mediaType: 5, name: 'Voice' }, { id: 2, mediaType: 53, name: 'Chat' }] });
    const video = await openapi(app, 'configures/skills', { ccId: 1, vdn: 2 }, globalKey);
    expect(video.body.resultDesc).toEqual([{ id: 1, mediaType: 19, name: 'defaultVideoSkill' }]);
    await expectTenantRules(app, 'configures/skills', { ccId: 1 });
  });

  it('lists the rest reasons of the tenant settings with a GET (12.3.1.1.10)', async () => {
    const get = (path: string, key = undefined as typeof videoKey | undefined) => openapi(app, path, undefined, key, 'GET');
    const res = await get('agentgroup/restreasons/1/1');
    const reasons = [
      { restReasonId: 1, restReason: 'Lunch' },
      { restReasonId: 2, restReason: 'Training' },
      { restReasonId: 100, restReason: 'Uncomfortable' },
    ];
    expect(res.body).toEqual({ result: '0', resultCode: '0100000', resultDatas: reasons, resultDesc: reasons });
    expect((await get('agentgroup/restreasons/1/2', videoKey)).body.resultDesc).toEqual([]);
    expect((await get('agentgroup/restreasons/1/2')).body).toMatchObject({ result: '0101003', resultCode: '0101003' });
    expect((await get('agentgroup/restreasons/2/1')).body.resultCode).toBe('0100002');
    expect((await get('agentgroup/restreasons/1/0')).body.resultCode).toBe('0100002');
    expect((await get('agentgroup/restreasons/x/1')).body.resultCode).toBe('0100002');
  });

  it('refuses invalid parameters with 0100002', async () => {
    for (const path of ['vdn/queryaccesscodeinfo', 'vdn/queryivrprocessinnoinfo', 'configures/skills']) {
      await expectInvalid(app, path, [{ ccId: 1 }, { vdn: 1 }, { ccId: 0, vdn: 1 }, { ccId: 1, vdn: 5001 }, { ccId: 1, vdn: '1a' }, []]);
    }
  });
});
