// Goal: deleteSkill (§5.2.2) answers the documented example, parses its three separators, caps
// the count at 10, deletes all or nothing, refuses queues still in use and stays in its tenant.
// Method: a whole server on the demo tenant plus a second tenant, driven through inject.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearerToken, c1, createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { addTenant, videoTenant } from './tenant-fixture.test-support.ts';

const base = '/apiaccess/rest/cc-management/v1/skill';
const release = { transferType: 'Release' };
const voiceParam = { noAgents: release, busy: release, answerFunction: '2', timeOut: release, waitVoice: { parameterType: 'Voice' } };
const voiceSkill = (name: string, skillParam: unknown = voiceParam) => ({ mediaTypeId: 5, description: name, name, maxWaitTime: 60, maxWaitNum: 10, maxAgentWrapupTime: 5, skillParam });

let app: TestApp;
let call: ReturnType<typeof c1>;
beforeEach(async () => {
  app = await createTestApp();
  call = c1(app, await bearerToken(app));
});
afterEach(async () => {
  await app.close();
});

const remove = (skillIds: unknown) => call(`${base}/deleteSkill`, { skillIds });
const skillIds = async (caller = call) => (await caller(`${base}/querySkills`, {})).body.data.map((s: { skillId: number }) => s.skillId);
const createSkills = async (...names: string[]) => {
  for (const name of names) expect((await call(`${base}/createSkill`, voiceSkill(name))).body.returnCode).toBe('0');
};

describe('5.2.2 deleteSkill', () => {
  it('answers the documented example and forgets the queues', async () => {
    await createSkills('three', 'four');
    const res = await call(`${base}/deleteSkill`, { skillIds: '3,4' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ returnCode: '0', description: 'Success' });
    expect(await skillIds()).toEqual([1, 2]);
  });

  it('splits on commas, semicolons and hyphens, tolerating blanks and repeats', async () => {
    await createSkills('a', 'b', 'c', 'd');
    expect((await remove(' 3 ; 4-3, ')).body.returnCode).toBe('0');
    expect(await skillIds()).toEqual([1, 2, 5, 6]);
    expect((await remove(5)).body.returnCode).toBe('0');
    expect(await skillIds()).toEqual([1, 2, 6]);
  });

  it('refuses more than 10 ids, malformed ids and an empty list', async () => {
    expect((await remove('1,2,3,4,5,6,7,8,9,10,11')).body).toEqual({ returnCode: '1', description: 'skillIds names 11 skill queues; at most 10 can be deleted at once' });
    expect((await remove('3,x')).body).toEqual({ returnCode: '1', description: 'skillIds: "x" is not a skill queue id' });
    expect((await remove('0')).body.returnCode).toBe('1');
    expect((await remove(' , ')).body).toEqual({ returnCode: '1', description: 'skillIds must name at least one skill queue' });
    expect((await call(`${base}/deleteSkill`, {})).body).toEqual({ returnCode: '1', description: expect.stringMatching(/skillIds is mandatory/) });
  });

  it('deletes nothing when one id is unknown', async () => {
    await createSkills('a');
    expect((await remove('3,42')).body).toEqual({ returnCode: '1', description: 'skill queue 42 does not exist' });
    expect(await skillIds()).toEqual([1, 2, 3]);
  });

  it('refuses a queue that a called route still sends calls to', async () => {
    expect((await remove('1')).body).toEqual({ returnCode: '1', description: 'skill queue 1 is in use: called routes (dnid 1) route calls to it; IVR flows 1 transfer to it' });
    expect((await remove('2')).body).toEqual({ returnCode: '1', description: 'skill queue 2 is in use: called routes (dnid 3) route calls to it' });
    expect(await skillIds()).toEqual([1, 2]);
  });

  it('refuses a queue another queue overflows to, unless both go together', async () => {
    await createSkills('target');
    const overflow = { ...voiceParam, timeOut: { deviceType: '1', transferType: 'Transfer', value: 3 } };
    expect((await call(`${base}/createSkill`, voiceSkill('source', overflow))).body.skillId).toBe('4');
    expect((await remove('3')).body).toEqual({ returnCode: '1', description: 'skill queue 3 is in use: skill queues 4 overflow to it' });
    expect((await remove('3,4')).body.returnCode).toBe('0');
    expect(await skillIds()).toEqual([1, 2]);
  });

  it('refuses a queue an IVR flow transfers to', async () => {
    const spec = videoTenant();
    spec.ivrFlows = [{ flowId: 1, accessCode: '8101', description: 'Video menu', script: { start: 'a', nodes: { a: { type: 'route', deviceType: 1, deviceId: 1 } } } }];
    const video = await addTenant(app, spec);
    expect((await video(`${base}/deleteSkill`, { skillIds: '1' })).body).toEqual({ returnCode: '1', description: 'skill queue 1 is in use: IVR flows 1 transfer to it' });
  });

  it('removes the agents bindings with the queue and tells the engine', async () => {
    await createSkills('bound');
    await app.services.repos.agents.upsertSkill({ vdnId: 1, workNo: 101, skillId: 3, agentWeight: 1, skillWeight: 1 });
    const changes: unknown[] = [];
    app.services.configChanges.subscribe((change) => changes.push(change));
    expect((await remove('3')).body.returnCode).toBe('0');
    expect((await app.services.repos.agents.listSkills(1, 101)).map((s) => s.skillId)).toEqual([1]);
    expect(changes).toEqual([{ vdnId: 1, what: 'skills' }]);
  });

  it('cannot reach another tenant’s queues', async () => {
    const video = await addTenant(app);
    await createSkills('demo3');
    expect((await video(`${base}/deleteSkill`, { skillIds: '3' })).body).toEqual({ returnCode: '1', description: 'skill queue 3 does not exist' });
    expect(await skillIds()).toEqual([1, 2, 3]);
    expect(await skillIds(video)).toEqual([1]);
  });
});
