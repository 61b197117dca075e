// Goal: named skill groups (decision 0852): the tenant file's groups are what 12.3.3.5 reports, and
// an agent given a group gets the group's skills with its powers as weights, which the ACD uses.
// Bad groups are refused when the tenant is provisioned. Method: the demo tenant rewritten with
// two groups, read C2-signed; provisioning checked through checkTenantSpec.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTenantSpec, demoTenant } from '../../../tenancy/index.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { cmsRequest } from '../../../../test/support/cms-client.ts';

const groups = [
  { id: 7, groupName: 'voice-first', skills: [{ skillId: 1, skillPower: 90, agentPower: 200 }, { skillId: 2, skillPower: 10, agentPower: 5 }] },
  { id: 9, groupName: 'chat-only', skills: [{ skillId: 2, skillPower: 50, agentPower: 1 }] },
];

function specWithGroups() {
  const spec = demoTenant();
  return {
    ...spec,
    settings: { ...spec.settings, skillGroups: groups },
    agents: spec.agents.map((a) => (a.workNo === 101 ? { ...a, skills: undefined, skillGroupId: 7 } : a.workNo === 102 ? { ...a, skills: undefined, skillGroupId: 9 } : a)),
  };
}

let app: TestApp;
beforeAll(async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-groups-')), 'tenant.json');
  fs.writeFileSync(file, JSON.stringify(specWithGroups()));
  app = await createTestApp({ tenantFile: file });
});
afterAll(async () => {
  await app.close();
});

describe('12.3.3.5 skillgroups with named groups (decision 0852)', () => {
  it('reports the groups the tenant names, with their skills and powers', async () => {
    const res = await cmsRequest(app, '/rest/cmsapp/v1/openapi/skillgroups/1/1', undefined, { method: 'GET' });
    expect(res.body).toEqual({ resultCode: '0100000', resultDesc: groups.map((g) => ({ id: g.id, skills: g.skills, groupName: g.groupName })) });
  });

  it('binds an agent of a group to the group’s skills, powers as weights', async () => {
    const bindings = await app.services.repos.agents.listSkillsOfVdn(1);
    const of = (workNo: number) => bindings.filter((b) => b.workNo === workNo).map((b) => [b.skillId, b.skillWeight, b.agentWeight]).sort();
    expect(of(101)).toEqual([
      [1, 90, 200],
      [2, 10, 5],
    ]);
    expect(of(102)).toEqual([[2, 50, 1]]);
    expect(of(103)).toEqual([[1, 1, 1]]);
  });

  it('refuses groups that name unknown skills, twice the same id, or agents of unknown groups', () => {
    const base = specWithGroups();
    expect(() => checkTenantSpec({ ...base, settings: { ...base.settings, skillGroups: [{ ...groups[0], skills: [{ skillId: 99, skillPower: 1, agentPower: 1 }] }] } })).toThrow(/unknown skill 99/);
    expect(() => checkTenantSpec({ ...base, settings: { ...base.settings, skillGroups: [groups[0], groups[0]] } })).toThrow(/declared twice/);
    expect(() => checkTenantSpec({ ...base, agents: base.agents.map((a) => (a.workNo === 103 ? { ...a, skillGroupId: 5 } : a)) })).toThrow(/unknown skill group 5/);
    expect(() => checkTenantSpec({ ...base, settings: { ...base.settings, skillGroups: [{ ...groups[0], skills: [{ skillId: 1, skillPower: 101, agentPower: 1 }] }] } })).toThrow(/skillPower/);
  });
});
