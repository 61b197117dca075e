// Goal: querySkills (§5.2.4) answers the documented example exactly, filters by name, media type
// and ids, pages with limit/offset sent as strings or numbers, and shows only the token's tenant.
// Method: a whole server on the demo tenant plus the "video" tenant shaped after the example.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearerToken, c1, createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { addTenant } from './tenant-fixture.test-support.ts';

const url = '/apiaccess/rest/cc-management/v1/skill/querySkills';
const release = { transferType: 'Release' };

let app: TestApp;
let call: ReturnType<typeof c1>;
beforeEach(async () => {
  app = await createTestApp();
  call = c1(app, await bearerToken(app));
});
afterEach(async () => {
  await app.close();
});

const names = async (body: unknown) => {
  const res = await call(url, body);
  expect(res.body.returnCode, res.text).toBe('0');
  return res.body.data.map((s: { name: string }) => s.name);
};

describe('5.2.4 querySkills', () => {
  it('answers the documented example exactly', async () => {
    const video = await addTenant(app);
    const res = await video(url, { limit: '10', offset: 0 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      returnCode: '0',
      total: 1,
      data: [
        {
          skillId: 1,
          maxAgentWrapupTime: 5,
          maxWaitTime: 60,
          name: 'defaultVideoSkill',
          mediaTypeId: 19,
          description: '2021ok',
          maxWaitNum: 100,
          skillParam: { noAgents: release, busy: release, answerFunction: '0', timeOut: release, waitVoice: { parameterType: 'Voice' } },
        },
      ],
      description: 'success',
    });
    expect(typeof res.body.data[0].skillId).toBe('number');
  });

  it('shows only the token’s tenant', async () => {
    await addTenant(app);
    const res = await call(url, {});
    expect(res.body.total).toBe(2);
    expect(res.body.data.map((s: { name: string }) => s.name)).toEqual(['Voice', 'Chat']);
    // The demo tenant's multimedia queue has only the three policies.
    expect(res.body.data[1].skillParam).toEqual({ noAgents: release, busy: release, timeOut: release });
  });

  it('filters by a name fragment, case-insensitively, and refuses forbidden characters', async () => {
    expect(await names({ name: 'oic' })).toEqual(['Voice']);
    expect(await names({ name: 'CHAT' })).toEqual(['Chat']);
    expect(await names({ name: 'nothing' })).toEqual([]);
    expect(await names({ name: '' })).toEqual(['Voice', 'Chat']);
    expect((await call(url, { name: 'a,b' })).body).toEqual({ returnCode: '1', description: 'name must not contain ","' });
    expect((await call(url, { name: 'x'.repeat(21) })).body.returnCode).toBe('1');
  });

  it('filters by media type, as a string, a number or with the l/I slip', async () => {
    expect(await names({ mediaTypeId: '53' })).toEqual(['Chat']);
    expect(await names({ mediaTypeld: 5 })).toEqual(['Voice']);
    expect(await names({ mediaTypeId: 19 })).toEqual([]);
    expect((await call(url, { mediaTypeId: 7 })).body).toEqual({ returnCode: '1', description: 'mediaTypeId 7 is not supported: use 5, 53, 19, 2 or 18' });
  });

  it('filters by ids: an empty array means all, numbers and id strings are accepted', async () => {
    expect(await names({ skillIds: [] })).toEqual(['Voice', 'Chat']);
    expect(await names({ skilllds: ['2'] })).toEqual(['Chat']);
    expect(await names({ skillIds: [1, 2, 99] })).toEqual(['Voice', 'Chat']);
    expect(await names({ skillIds: '2,1' })).toEqual(['Voice', 'Chat']);
    expect((await call(url, { skillIds: ['one'] })).body).toEqual({ returnCode: '1', description: 'skillIds: "one" is not a skill queue id' });
    expect((await call(url, { skillIds: Array.from({ length: 101 }, (_, i) => String(i + 1)) })).body.description).toMatch(/skillIds must NOT have more than 100 items/);
  });

  it('pages with limit and offset, reporting the total', async () => {
    const page = async (body: Record<string, unknown>) => {
      const res = await call(url, body);
      return [res.body.total, res.body.data.map((s: { skillId: number }) => s.skillId)];
    };
    expect(await page({ limit: '1', offset: '0' })).toEqual([2, [1]]);
    expect(await page({ limit: 1, offset: 1 })).toEqual([2, [2]]);
    expect(await page({ limit: 1, offset: 2 })).toEqual([2, []]);
    expect(await page({ limit: 1000 })).toEqual([2, [1, 2]]);
    expect(await page({ limit: null, offset: -5 })).toEqual([2, [1, 2]]);
    expect((await call(url, { limit: -1 })).body).toEqual({ returnCode: '1', description: 'limit must not be negative (got -1)' });
    expect((await call(url, { limit: 'ten' })).body.returnCode).toBe('1');
  });
});
