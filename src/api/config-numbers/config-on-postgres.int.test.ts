// Goal: the skill and number interfaces behave the same on PostgreSQL as on SQLite (filters,
// counters, JSON text, transactions). Method: one end-to-end pass over a fresh PostgreSQL database
// when OPENCEC_TEST_PG_URL is set; skipped, and saying so, otherwise.
import { afterEach, describe, expect, it } from 'vitest';
import { createPgDatabase, pgServerUrl } from '../../../test/support/postgres.ts';
import { bearerToken, c1, createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { addTenant } from '../config-skills/tenant-fixture.test-support.ts';

const v1 = '/apiaccess/rest/cc-management/v1';
const release = { transferType: 'Release' };
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

describe.skipIf(!pgServerUrl)(`skills and numbers on PostgreSQL${pgServerUrl ? '' : ' (skipped: set OPENCEC_TEST_PG_URL to run)'}`, () => {
  it('creates, queries and deletes skills and routes', async () => {
    const database = await createPgDatabase();
    cleanups.push(database.drop);
    const app: TestApp = await createTestApp({ storeUrl: database.url });
    cleanups.push(() => app.close());
    const demo = c1(app, await bearerToken(app));
    const video = await addTenant(app);

    const skillParam = { noAgents: release, busy: { deviceType: '1', transferType: 'Transfer', value: 1 }, answerFunction: '0', timeOut: release, waitVoice: { parameterType: 'IVR', id: '1' } };
    const created = await demo(`${v1}/skill/createSkill`, { mediaTypeId: 5, description: 'pg', name: 'PG_Voice', maxWaitTime: 60, maxWaitNum: 5, maxAgentWrapupTime: 5, skillParam });
    expect(created.body).toEqual({ returnCode: '0', description: 'Create Skill successfully', skillId: '3' });
    const found = await demo(`${v1}/skill/querySkills`, { name: 'g_voice', limit: '10', offset: 0 });
    expect(found.body.total).toBe(1);
    expect(found.body.data[0].skillParam.waitVoice).toEqual({ parameterType: 'IVR', value: '8001', id: '1' });
    expect((await demo(`${v1}/skill/querySkills`, { name: '_' })).body.total).toBe(1);
    expect((await demo(`${v1}/skill/deleteSkill`, { skillIds: '3' })).body.returnCode).toBe('0');

    for (const extCode of ['', '1', '11']) expect((await video(`${v1}/calledRoute/createCalledRoute`, { accessCode: '9911411', extCode, devicetype: 1, deviceId: 1 })).body.returnCode).toBe('0');
    const routes = (await video(`${v1}/calledRoute/queryCalledRoute`, { deviceDesc: 'VIDEOSKILL' })).body.data;
    expect(routes.total).toBe(3);
    const deleted = await video(`${v1}/calledRoute/deleteCalledRoute`, { dnids: '1,2' });
    expect(deleted.body.data.name).toBe('9911411,99114111');
    expect((await demo(`${v1}/accessCodeInfo/queryAccessCodeList`, { description: 'HOTLINE' })).body.data.total).toBe(2);
  });
});
