// Goal: the inspection relations of §12.3.4 restrict the real-time inspection of §12.1: once a
// tenant has a relation, inspector 120 may inspect only the agents of the groups related to its
// inspector group; removing the relation lifts the restriction (decisions 0821, 1203).
// Method: configure groups over the CC-CMS interfaces, then force-busy and listen over the gateway.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { cmsRequest } from '../../../../test/support/cms-client.ts';
import { GatewayAgent } from '../../../../test/support/gateway-client.ts';

let app: TestApp;
const qc = (name: string, body: unknown) => cmsRequest(app, `/rest/cmsapp/v1/openapi/qcrelationconf/${name}`, body);
const groupId = async (name: string) =>
  ((await cmsRequest(app, '/rest/cmsapp/v1/openapi/qcrelationconf/queryallccgroup/1/1', undefined, { method: 'GET' })).body.resultDesc as { groupName: string; id: string }[]).find(
    (g) => g.groupName === name,
  )!.id;

beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('inspection scope from the inspection relations', () => {
  it('lets inspector 120 inspect only its related agent group, and everyone again without relations', async () => {
    const inspector = await GatewayAgent.signIn(app, 120);
    await GatewayAgent.signIn(app, 101);
    await GatewayAgent.signIn(app, 102);
    await qc('createusergroup', { vdn: 1, groupName: 'Inspectors', groupType: 3, workNos: [120] });
    await qc('createusergroup', { vdn: 1, groupName: 'Team A', groupType: 2, workNos: [101] });
    await qc('createusergroup', { vdn: 1, groupName: 'Team B', groupType: 2, workNos: [102] });
    const relation = { vdn: 1, qcGroupId: await groupId('Inspectors'), inspectedGroupIds: [await groupId('Team A')] };

    // Groups alone restrict nothing (decision 1203 until a relation exists).
    expect((await inspector.call('POST', 'qualitycontrol/{id}/forcebusy/102')).body.retcode).toBe('0');
    expect((await qc('configqcrelation', relation)).body.resultCode).toBe('0100000');
    expect((await inspector.call('PUT', 'qualitycontrol/{id}/addsupervise/102')).body.retcode).toBe('900-002');
    expect((await inspector.call('POST', 'qualitycontrol/{id}/forcebusy/101')).body.retcode).toBe('0');

    // Agent 102 joins the related group: now in scope.
    expect((await qc('joinusergroup', { vdnId: 1, agentId: 102, groupId: relation.inspectedGroupIds[0] })).body.retcode).toBe('0');
    expect((await inspector.call('POST', 'qualitycontrol/{id}/forceidle/102')).body.retcode).toBe('0');

    // Agent 101 leaves every group: out of scope; without relations, in scope again.
    await qc('batchdeletegroupmember', { vdn: 1, workNos: [101] });
    expect((await inspector.call('POST', 'qualitycontrol/{id}/forceidle/101')).body.retcode).toBe('900-002');
    await qc('deleteqcrelationconf', relation);
    expect((await inspector.call('POST', 'qualitycontrol/{id}/forceidle/101')).body.retcode).toBe('0');
  });
});
