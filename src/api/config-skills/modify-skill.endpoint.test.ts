// Goal: modifySkill (§5.2.3) answers the documented example, changes only what it is given,
// checks a new skillParam against the queue's media type, keeps name and media type, and stays
// in its tenant. Method: a whole server on the demo tenant plus a second tenant, through inject.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearerToken, c1, createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { addTenant } from './tenant-fixture.test-support.ts';

const base = '/apiaccess/rest/cc-management/v1/skill';
const release = { transferType: 'Release' };
const voiceParam = { noAgents: release, busy: release, answerFunction: '2', timeOut: release, waitVoice: { parameterType: 'Voice' } };

let app: TestApp;
let call: ReturnType<typeof c1>;
beforeEach(async () => {
  app = await createTestApp();
  call = c1(app, await bearerToken(app));
  const created = await call(`${base}/createSkill`, { mediaTypeId: 5, description: 'third', name: 'Third', maxWaitTime: 30, maxWaitNum: 100, maxAgentWrapupTime: 5, skillParam: voiceParam });
  expect(created.body.skillId).toBe('3');
});
afterEach(async () => {
  await app.close();
});

const modify = (body: unknown) => call(`${base}/modifySkill`, body);
const skill = async (skillId: number, caller = call) => (await caller(`${base}/querySkills`, { skillIds: [String(skillId)] })).body.data[0];

describe('5.2.3 modifySkill', () => {
  it('answers the documented example and changes only the given fields', async () => {
    const res = await modify({ skillId: 3, description: '2021ok', maxWaitTime: 60 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ returnCode: '0', description: 'Update Skill successfully' });
    expect(await skill(3)).toEqual({ skillId: 3, maxAgentWrapupTime: 5, maxWaitTime: 60, name: 'Third', mediaTypeId: 5, description: '2021ok', maxWaitNum: 100, skillParam: voiceParam });
  });

  it('replaces skillParam whole, checked against the queue media type', async () => {
    const busy = { deviceType: '1', transferType: 'Transfer', value: 1 };
    expect((await modify({ skillId: 3, skillParam: { ...voiceParam, busy, waitVoice: { parameterType: 'IVR', id: '2' } } })).body.returnCode).toBe('0');
    expect((await skill(3)).skillParam).toEqual({ ...voiceParam, busy, waitVoice: { parameterType: 'IVR', value: '8002', id: '2' } });
    const chatParam = { noAgents: release, busy: release, timeOut: release };
    expect((await modify({ skillId: 2, skillParam: { ...chatParam, answerFunction: '0' } })).body).toEqual({ returnCode: '1', description: 'skillParam.answerFunction is not available for mediaTypeId 53 (only noAgents, busy and timeOut are)' });
    expect((await modify({ skillId: 2, skillParam: { ...chatParam, busy: { deviceType: '3', transferType: 'Transfer', value: 1 } } })).body.description).toMatch(/can only overflow to a skill queue/);
    expect((await modify({ skillId: 2, skillParam: { ...chatParam, busy: { transferType: 'Transfer', deviceType: '1', value: 3 } } })).body.returnCode).toBe('0');
    expect((await modify({ skillId: 3, skillParam: { noAgents: release } })).body.description).toMatch(/skillParam.busy is mandatory/);
  });

  it('refuses an overflow to the queue itself', async () => {
    const res = await modify({ skillId: 3, skillParam: { ...voiceParam, noAgents: { deviceType: '1', transferType: 'Transfer', value: 3 } } });
    expect(res.body).toEqual({ returnCode: '1', description: 'skillParam.noAgents: a skill queue cannot overflow to itself' });
  });

  it('keeps name and media type, accepting their current values', async () => {
    expect((await modify({ skillId: 3, name: 'Renamed' })).body).toEqual({ returnCode: '1', description: 'the name of a skill queue cannot be modified' });
    expect((await modify({ skillId: 3, mediaTypeId: 19 })).body).toEqual({ returnCode: '1', description: 'the mediaTypeId of a skill queue cannot be modified' });
    // A record read back from querySkills can be sent as it is.
    const current = await skill(1);
    expect((await modify({ ...current, maxWaitNum: 5 })).body.returnCode).toBe('0');
    expect(await skill(1)).toEqual({ ...current, maxWaitNum: 5 });
  });

  it('enforces the ranges and the mandatory skillId', async () => {
    expect((await modify({ skillId: 3, maxWaitTime: 60001 })).body.description).toMatch(/maxWaitTime must be <= 60000/);
    expect((await modify({ skillId: 3, maxWaitNum: 10001 })).body.description).toMatch(/maxWaitNum must be <= 10000/);
    expect((await modify({ skillId: 3, maxAgentWrapupTime: 3601 })).body.description).toMatch(/maxAgentWrapupTime must be <= 3600/);
    expect((await modify({ skillId: 3, description: 'x'.repeat(51) })).body.description).toMatch(/description must NOT have more than 50 characters/);
    expect((await modify({ skillId: 3, description: ' ' })).body.description).toBe('description must not be empty');
    expect((await modify({ description: 'x' })).body.description).toMatch(/skillId is mandatory/);
    expect((await modify({ skillId: 99, description: 'x' })).body).toEqual({ returnCode: '1', description: 'skill queue 99 does not exist' });
    expect((await skill(3)).description).toBe('third');
  });

  it('persists and announces the change', async () => {
    const changes: unknown[] = [];
    app.services.configChanges.subscribe((change) => changes.push(change));
    await modify({ skillId: '3', maxWaitNum: '7' });
    expect((await app.services.repos.skills.find(1, 3))?.maxWaitNum).toBe(7);
    expect(changes).toEqual([{ vdnId: 1, what: 'skills' }]);
  });

  it('cannot reach another tenant’s queues', async () => {
    const video = await addTenant(app);
    expect((await video(`${base}/modifySkill`, { skillId: 3, description: 'stolen' })).body).toEqual({ returnCode: '1', description: 'skill queue 3 does not exist' });
    expect((await video(`${base}/modifySkill`, { skillId: 1, description: 'video' })).body.returnCode).toBe('0');
    expect((await skill(1)).description).toBe('Voice hotline');
    expect((await skill(1, video)).description).toBe('video');
  });
});
