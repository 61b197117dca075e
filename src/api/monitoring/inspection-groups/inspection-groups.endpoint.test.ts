// Goal: the inspection user groups of §12.3.4 persist per tenant with the documented rules (single
// membership, cascading delete, idempotent relations, joinusergroup's end codes) and answer in the
// documented envelopes. Method: the group lifecycle of note 08 §7 row 18 over C2-signed requests,
// then every refusal, then another tenant's key.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { cmsRequest, demoKey, globalKey, type AkSk } from '../../../../test/support/cms-client.ts';
import { addTenant, videoTenant } from '../../config-skills/tenant-fixture.test-support.ts';
import { inspectableAgents } from '../../../services/inspection-relations/index.ts';

let app: TestApp;
const videoKey = { accessKey: 'video-ak', secretKey: 'video-sk' };
const qc = '/rest/cmsapp/v1/openapi/qcrelationconf';
const post = async (name: string, body: unknown, key: AkSk = demoKey) => (await cmsRequest(app, `${qc}/${name}`, body, { key })).body;
const groups = async (key: AkSk = demoKey, vdn = 1) => (await cmsRequest(app, `${qc}/queryallccgroup/1/${vdn}`, undefined, { key, method: 'GET' })).body;
const idOf = async (name: string) => ((await groups()).resultDesc as { groupName: string; id: string }[]).find((g) => g.groupName === name)!.id;
const members = async (groupId: string, extra: object = {}) => post('querygroupmemberbycondition', { ccld: 1, vdn: 1, groupId, limit: 10, offset: 0, ...extra });

beforeAll(async () => {
  app = await createTestApp();
  await addTenant(app, videoTenant());
});
afterAll(async () => {
  await app.close();
});

describe('§12.3.4 group lifecycle', () => {
  let inspectors: string;
  let agents: string;

  it('creates an inspector group with members (12.3.4.5 example) and lists it (12.3.4.4)', async () => {
    expect(await post('createusergroup', { ccld: 1, vdn: 1, groupName: 'ceshipostman', groupType: 3, remark: 'Inspector group', workNos: [120] })).toEqual({
      resultCode: '0100000',
      resultDesc: 'Added successfully',
    });
    expect(await post('createusergroup', { ccld: 1, vdn: 1, groupName: 'Agent group A', groupType: 2 })).toMatchObject({ resultCode: '0100000' });
    const list = await groups();
    expect(list).toEqual({
      resultCode: '0100000',
      resultDesc: [
        { groupName: 'ceshipostman', remark: 'Inspector group', groupType: 3, id: expect.stringMatching(/^\d{30}$/) },
        { groupName: 'Agent group A', groupType: 2, id: expect.stringMatching(/^\d{30}$/) },
      ],
    });
    inspectors = list.resultDesc[0].id;
    agents = list.resultDesc[1].id;
    expect((await cmsRequest(app, `${qc}/queryallccgroup/1`, undefined, { method: 'GET' })).body).toEqual(list);
  });

  it('adds members (12.3.4.3) and pages them with the agent data (12.3.4.1)', async () => {
    expect(await post('batchaddgroupmember', { ccld: 1, vdn: 1, workNos: [101, 102, 103], groupId: agents })).toEqual({ resultCode: '0100000', resultDesc: 'Added successfully' });
    const page = await members(agents, { limit: 2 });
    expect(page).toEqual({
      resultCode: '0100000',
      resultDesc: [
        { workNo: 101, accountCode: 'agent101', groupName: 'Agent group A', accountName: 'Agent 101', ccRoleId: 2, id: expect.stringMatching(/^\d{30}$/) },
        { workNo: 102, accountCode: 'agent102', groupName: 'Agent group A', accountName: 'Agent 102', ccRoleId: 2, id: expect.stringMatching(/^\d{30}$/) },
      ],
    });
    expect((await members(agents, { offset: 2 })).resultDesc.map((m: { workNo: number }) => m.workNo)).toEqual([103]);
    expect((await members(agents, { workNo: 102 })).resultDesc.map((m: { workNo: number }) => m.workNo)).toEqual([102]);
    expect((await members(inspectors)).resultDesc.map((m: { workNo: number; ccRoleId: number }) => [m.workNo, m.ccRoleId])).toEqual([[120, 3]]);
  });

  it('relates the inspector group to the agent group (12.3.4.8), idempotently, and restricts inspection by it', async () => {
    expect(await post('configqcrelation', { ccld: 1, qcGroupId: inspectors, inspectedGroupIds: [agents], vdn: 1 })).toEqual({ resultCode: '0100000', resultDesc: 'Configured successfully' });
    expect(await post('configqcrelation', { ccld: 1, qcGroupId: inspectors, inspectedGroupIds: [agents], vdn: 1 })).toMatchObject({ resultCode: '0100000' });
    expect(await inspectableAgents(app.services.repos, 1, 120)).toEqual([101, 102, 103]);
    expect(await inspectableAgents(app.services.repos, 1, 101)).toEqual([]);
    expect(await inspectableAgents(app.services.repos, 2, 20001)).toBeNull();
  });

  it('moves an agent to another group (12.3.4.10) and creates a group by name, with its end codes', async () => {
    const moved = await post('joinusergroup', { cclId: 1, vdnId: 1, agentId: 103, groupName: 'Agent group B', groupType: '' });
    expect(moved).toEqual({ result: { groupId: expect.stringMatching(/^\d{30}$/), groupName: 'Agent group B' }, message: 'success', retcode: '0' });
    expect((await members(agents)).resultDesc.map((m: { workNo: number }) => m.workNo)).toEqual([101, 102]);
    expect((await members(moved.result.groupId)).resultDesc.map((m: { workNo: number }) => m.workNo)).toEqual([103]);
    expect(await inspectableAgents(app.services.repos, 1, 120)).toEqual([101, 102]);
    const back = await post('joinusergroup', { vdnId: 1, agentId: 103, groupId: agents, groupName: 'ignored' });
    expect(back).toEqual({ result: { groupId: agents, groupName: 'Agent group A' }, message: 'success', retcode: '0' });
    expect((await post('joinusergroup', { vdnId: 1, agentId: 104, groupName: 'Agent group B' })).retcode).toBe('300-017');
    expect((await post('joinusergroup', { vdnId: 1, agentId: 104 })).retcode).toBe('300-018');
    expect((await post('joinusergroup', { vdnId: 1, agentId: 104, groupName: '  ' })).retcode).toBe('300-018');
    expect((await post('joinusergroup', { vdnId: 1, agentId: 104, groupId: '159282396714302232563636876268' })).retcode).toBe('300-019');
    expect((await post('joinusergroup', { vdnId: 1, agentId: 20001, groupId: agents })).retcode).toBe('300-016');
    expect((await post('joinusergroup', { ccId: 2, vdnId: 1, agentId: 104, groupId: agents })).retcode).toBe('300-010');
    expect((await post('joinusergroup', { vdnId: 2, agentId: 20001, groupName: 'x' })).retcode).toBe('300-010');
    for (const body of [{ vdnId: 1, agentId: 104, groupName: 'x', groupType: 4 }, { vdnId: 1, agentId: 100000, groupName: 'x' }, { vdnId: 1, groupName: 'x' }, { vdnId: 1, agentId: 104, groupName: 'a<b' }]) {
      expect(await post('joinusergroup', body), JSON.stringify(body)).toMatchObject({ retcode: '1' });
    }
  });

  it('renames an agent in the CMS (12.3.4.11), shown as its account name', async () => {
    expect(await post('updateagentgroup', { ccld: 1, vdnld: 1, agentId: 101, agentName: 'Zhang San' })).toEqual({
      result: { agentId: '101', ccId: 1, vdnId: 1, agentName: 'Zhang San' },
      message: 'success',
      retcode: '0',
    });
    expect((await members(agents, { workNo: 101 })).resultDesc[0].accountName).toBe('Zhang San');
    expect((await post('updateagentgroup', { vdnId: 1, agentId: 20001, agentName: 'x' })).retcode).toBe('1');
    expect((await post('updateagentgroup', { vdnId: 1, agentId: 101, agentName: '' })).retcode).toBe('1');
    expect((await post('updateagentgroup', { vdnId: 2, agentId: 20001, agentName: 'x' })).retcode).toBe('1');
  });

  it('renames a group (12.3.4.7) and removes members (12.3.4.2)', async () => {
    expect(await post('updategroup', { ccld: 1, groupName: 'ceshi445566', remark: 'Inspector group', id: inspectors, vdn: 1 })).toEqual({ resultCode: '0100000', resultDesc: 'Updated successfully' });
    expect((await groups()).resultDesc[0]).toMatchObject({ groupName: 'ceshi445566', remark: 'Inspector group' });
    expect(await post('updategroup', { vdn: 1, id: inspectors, groupName: 'Agent group A' })).toMatchObject({ resultCode: '0101001' });
    expect(await post('batchdeletegroupmember', { ccId: 1, workNos: [102], vdn: 1 })).toEqual({ resultCode: '0100000', resultDesc: 'Deleted successfully' });
    expect((await members(agents)).resultDesc.map((m: { workNo: number }) => m.workNo)).toEqual([101, 103]);
  });

  it('deletes relations (12.3.4.9), then a group with its members and relations (12.3.4.6)', async () => {
    expect(await post('deleteqcrelationconf', { qcGroupId: inspectors, inspectedGroupIds: [agents], vdn: 1 })).toEqual({ resultCode: '0100000', resultDesc: 'Deleted successfully' });
    expect(await inspectableAgents(app.services.repos, 1, 120)).toBeNull();
    await post('configqcrelation', { qcGroupId: inspectors, inspectedGroupIds: [agents], vdn: 1 });
    expect(await post('deleteusergroup', { ccld: 1, id: agents, vdn: 1 })).toEqual({ resultCode: '0100000', resultDesc: 'Deleted successfully' });
    expect(await app.services.repos.inspectionGroups.listRelations(1)).toEqual([]);
    expect(await members(agents)).toMatchObject({ resultCode: '0101001' });
    expect(await app.services.repos.inspectionGroups.findMembership(1, 101)).toBeUndefined();
  });

  it('removes every member of the tenant when no workNos are given (12.3.4.2)', async () => {
    expect((await members(inspectors)).resultDesc).toHaveLength(1);
    expect(await post('batchdeletegroupmember', { vdn: 1 })).toMatchObject({ resultCode: '0100000' });
    expect(await app.services.repos.inspectionGroups.listMembersOfVdn(1)).toEqual([]);
  });
});

describe('§12.3.4 refusals', () => {
  it('answers 0101001 for unknown groups or agents, wrong relation types and taken names; nothing is half-written', async () => {
    await post('createusergroup', { vdn: 1, groupName: 'Refusals', groupType: 2 });
    const group = await idOf('Refusals');
    expect(await post('createusergroup', { vdn: 1, groupName: 'Refusals', groupType: 3 })).toMatchObject({ resultCode: '0101001' });
    expect(await post('createusergroup', { vdn: 1, groupName: 'Half', groupType: 2, workNos: [101, 20001] })).toMatchObject({ resultCode: '0101001' });
    expect((await groups()).resultDesc.some((g: { groupName: string }) => g.groupName === 'Half')).toBe(false);
    expect(await post('batchaddgroupmember', { vdn: 1, workNos: [101], groupId: '1' })).toMatchObject({ resultCode: '0101001' });
    expect(await post('batchaddgroupmember', { vdn: 1, workNos: [20001], groupId: group })).toMatchObject({ resultCode: '0101001' });
    expect(await post('deleteusergroup', { vdn: 1, id: '1' })).toMatchObject({ resultCode: '0101001' });
    expect(await post('updategroup', { vdn: 1, id: '1', groupName: 'x' })).toMatchObject({ resultCode: '0101001' });
    expect(await post('configqcrelation', { vdn: 1, qcGroupId: group, inspectedGroupIds: [group] })).toMatchObject({ resultCode: '0101001' });
    expect(await post('configqcrelation', { vdn: 1, qcGroupId: '1', inspectedGroupIds: [group] })).toMatchObject({ resultCode: '0101001' });
  });

  it('answers 0100002 for every invalid field', async () => {
    const invalid: [string, object][] = [
      ['createusergroup', { vdn: 1, groupName: 'x', groupType: 4 }],
      ['createusergroup', { vdn: 1, groupName: '', groupType: 2 }],
      ['createusergroup', { vdn: 1, groupName: 'x'.repeat(101), groupType: 2 }],
      ['createusergroup', { vdn: 1, groupName: 'a;b', groupType: 2 }],
      ['createusergroup', { vdn: 1, groupName: 'x', groupType: 2, workNos: [100000] }],
      ['createusergroup', { vdn: 0, groupName: 'x', groupType: 2 }],
      ['createusergroup', { vdn: 1, ccId: 2, groupName: 'x', groupType: 2 }],
      ['querygroupmemberbycondition', { vdn: 1, groupId: '1', limit: 101, offset: 0 }],
      ['querygroupmemberbycondition', { vdn: 1, groupId: '1', limit: 10 }],
      ['querygroupmemberbycondition', { vdn: 1, groupId: '1', limit: 10, offset: -1 }],
      ['batchaddgroupmember', { vdn: 1, groupId: '1' }],
      ['configqcrelation', { vdn: 1, qcGroupId: '1', inspectedGroupIds: [] }],
      ['deleteusergroup', { vdn: 1 }],
    ];
    for (const [name, body] of invalid) expect(await post(name, body), `${name} ${JSON.stringify(body)}`).toMatchObject({ resultCode: '0100002' });
  });

  it('keeps tenants apart: another VDN is 0101003 for a tenant key; the global key may manage any', async () => {
    expect(await post('createusergroup', { vdn: 2, groupName: 'x', groupType: 2 })).toMatchObject({ resultCode: '0101003' });
    expect(await groups(demoKey, 2)).toMatchObject({ resultCode: '0101003' });
    expect(await post('createusergroup', { vdn: 2, groupName: 'Video agents', groupType: 2, workNos: [20001] }, globalKey)).toMatchObject({ resultCode: '0100000' });
    const video = (await groups(videoKey, 2)).resultDesc;
    expect(video.map((g: { groupName: string }) => g.groupName)).toEqual(['Video agents']);
    expect(await post('deleteusergroup', { vdn: 1, id: video[0].id })).toMatchObject({ resultCode: '0101001' });
    expect(await post('batchaddgroupmember', { vdn: 1, workNos: [101], groupId: video[0].id })).toMatchObject({ resultCode: '0101001' });
  });
});
