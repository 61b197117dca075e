// Goal: the skill service serialises a tenant's writes, so that concurrent requests cannot break
// the rules that span rows (unique names, allocated ids), and rolls nothing half-way. Method: the
// services of a whole test server, called concurrently.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { createSkill, deleteSkills } from './skill-service.ts';

const release = { transferType: 'Release' };
const request = (name: string) => ({
  mediaTypeId: 5,
  name,
  description: name,
  maxWaitTime: 60,
  maxWaitNum: 10,
  maxAgentWrapupTime: 5,
  skillParam: { noAgents: release, busy: release, timeOut: release, answerFunction: '2', waitVoice: { parameterType: 'Voice' } },
});

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

describe('skill service', () => {
  it('lets one of two concurrent creations of a name win', async () => {
    const results = await Promise.all([createSkill(app.services, 1, request('Twin')), createSkill(app.services, 1, request('twin'))]);
    expect(results.map((r) => r.ok)).toEqual([true, false]);
    expect(results[1]).toEqual({ ok: false, rejection: { tag: 'NameTaken', name: 'twin' } });
  });

  it('allocates distinct ids to concurrent creations', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => createSkill(app.services, 1, request(`s${i}`))));
    const ids = results.map((r) => (r.ok ? r.value.skillId : 0));
    expect(new Set(ids).size).toBe(8);
    expect(Math.min(...ids)).toBe(3);
  });

  it('never reuses the id of a deleted skill', async () => {
    const first = await createSkill(app.services, 1, request('gone'));
    expect(first).toEqual({ ok: true, value: { skillId: 3 } });
    expect((await deleteSkills(app.services, 1, '3', 10)).ok).toBe(true);
    expect(await createSkill(app.services, 1, request('gone'))).toEqual({ ok: true, value: { skillId: 4 } });
  });
});
