// Goal: the in-memory skill read model (decision 0021) is never staler than the last published
// change, is bounded in tenants and in queues per tenant, and querySkills answers from it exactly
// as from the store (filters, order, paging, IVR access codes).
// Method: a SkillCatalog over a fake repository that counts its reads and can hold a read open.
import { describe, expect, it } from 'vitest';
import type { Repositories, SkillRow } from '../../store/index.ts';
import { SkillCatalog } from './skill-catalog.ts';
import { querySkills } from './skill-query.ts';

const release = { transferType: 'Release' };
const row = (vdnId: number, skillId: number, name: string, mediaTypeId = 5, waitVoice?: unknown): SkillRow => ({
  vdnId, skillId, name, description: '', mediaTypeId, maxWaitTime: 60, maxWaitNum: 10, maxAgentWrapupTime: 5,
  skillParam: JSON.stringify({ noAgents: release, busy: release, timeOut: release, ...(waitVoice ? { waitVoice } : {}) }),
  serviceType: 0, realFlag: 1, createdAtMs: 0,
}) as SkillRow;

function fakeStore() {
  const skills = new Map<number, SkillRow[]>();
  let reads = 0;
  let hold: Promise<void> | undefined;
  const repos = {
    skills: {
      async listAll(vdnId: number) {
        reads++;
        const copy = [...(skills.get(vdnId) ?? [])];
        await hold;
        return copy;
      },
    },
    ivr: { listFlows: async () => [{ flowId: 7, accessCode: '888' }] },
  } as unknown as Repositories;
  return { skills, repos, reads: () => reads, holdReads: (until: Promise<void>) => (hold = until) };
}

const page = { offset: 0, limit: 100 };

describe('the skill catalog', () => {
  it('answers from memory until the tenant changes, then reads the store again', async () => {
    const store = fakeStore();
    store.skills.set(1, [row(1, 1, 'Sales')]);
    const catalog = new SkillCatalog(store.repos, { tenantsMax: 10, skillsPerTenantMax: 100 });
    expect((await catalog.of(1))!.skills.map((s) => s.view.name)).toEqual(['Sales']);
    await catalog.of(1);
    expect(store.reads()).toBe(1);

    store.skills.set(1, [row(1, 1, 'Sales'), row(1, 2, 'Support')]);
    catalog.changed(1);
    expect((await catalog.of(1))!.skills.map((s) => s.view.name)).toEqual(['Sales', 'Support']);
    expect(store.reads()).toBe(2);
  });

  it('does not keep a load that overlapped a change', async () => {
    const store = fakeStore();
    store.skills.set(1, [row(1, 1, 'Old')]);
    const catalog = new SkillCatalog(store.repos, { tenantsMax: 10, skillsPerTenantMax: 100 });
    let open!: () => void;
    store.holdReads(new Promise<void>((resolve) => (open = resolve)));
    const stale = catalog.of(1);
    // The write commits and is published while the read is still open.
    store.skills.set(1, [row(1, 1, 'New')]);
    catalog.changed(1);
    open();
    expect((await stale)!.skills[0]!.view.name).toBe('Old');
    expect((await catalog.of(1))!.skills[0]!.view.name).toBe('New');
  });

  it('keeps at most tenantsMax tenants, dropping the least recently queried', async () => {
    const store = fakeStore();
    for (const vdnId of [1, 2, 3]) store.skills.set(vdnId, [row(vdnId, 1, `T${vdnId}`)]);
    const catalog = new SkillCatalog(store.repos, { tenantsMax: 2, skillsPerTenantMax: 100 });
    await catalog.of(1);
    await catalog.of(2);
    await catalog.of(1);
    await catalog.of(3);
    expect(catalog.size).toBe(2);
    const reads = store.reads();
    await catalog.of(1);
    expect(store.reads()).toBe(reads);
    await catalog.of(2);
    expect(store.reads()).toBe(reads + 1);
  });

  it('keeps no tenant with more queues than skillsPerTenantMax', async () => {
    const store = fakeStore();
    store.skills.set(1, [row(1, 1, 'A'), row(1, 2, 'B'), row(1, 3, 'C')]);
    const catalog = new SkillCatalog(store.repos, { tenantsMax: 10, skillsPerTenantMax: 2 });
    expect(await catalog.of(1)).toBeUndefined();
    expect(catalog.size).toBe(0);
  });
});

describe('querySkills from the catalog', () => {
  const store = fakeStore();
  store.skills.set(1, [row(1, 1, 'Sales EN'), row(1, 2, 'sales CN', 53), row(1, 3, 'Support', 5, { parameterType: 'IVR', id: '7' }), row(1, 4, 'Billing')]);
  const source = { repos: store.repos, skillCatalog: new SkillCatalog(store.repos, { tenantsMax: 10, skillsPerTenantMax: 100 }) };
  const names = async (query: Parameters<typeof querySkills>[2], at = page) => {
    const result = await querySkills(source, 1, query, at);
    if (!result.ok) throw new Error(result.rejection.tag);
    return [result.value.total, result.value.data.map((s) => s.name)];
  };

  it('filters by a name fragment in any case, the media type and ids, ordered by id', async () => {
    expect(await names({ name: 'SALES' })).toEqual([2, ['Sales EN', 'sales CN']]);
    expect(await names({ name: 'sales', mediaTypeId: 53 })).toEqual([1, ['sales CN']]);
    expect(await names({ skillIds: ['3,1'] })).toEqual([2, ['Sales EN', 'Support']]);
    expect(await names({ name: 'ILL', mediaTypeId: 5 })).toEqual([1, ['Billing']]);
  });

  it('pages after filtering and counts every match', async () => {
    expect(await names({}, { offset: 1, limit: 2 })).toEqual([4, ['sales CN', 'Support']]);
    expect(await names({}, { offset: 10, limit: 2 })).toEqual([4, []]);
  });

  it("names an IVR treatment's flow by its access code", async () => {
    const result = await querySkills(source, 1, { skillIds: ['3'] }, page);
    expect(result.ok && result.value.data[0]!.skillParam.waitVoice).toEqual({ parameterType: 'IVR', value: '888', id: '7' });
  });
});
