// Goal: the app personal settings table (migration 0221) behaves the same on SQLite and
// PostgreSQL: one record per user of a VDN, updates only of the user's own row, deletes by user.
// Method: the same scenario against each dialect (PostgreSQL when OPENCEC_TEST_PG_URL is set).
import { afterEach, describe, expect, it } from 'vitest';
import { dialects, repositoriesOn } from '../../../test/support/postgres.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});


const row = { id: '1307145259662215169', vdnId: 1, userId: 'u1', callType: '1', callerPresent: '["1"]', callNumber: '[]', callNumberDefault: null, callerPresentDefault: null, updatedAtMs: 1 };

for (const { name, enabled } of dialects) {
  describe.skipIf(!enabled)(`app personal settings on ${name}${enabled ? '' : ' (skipped: set OPENCEC_TEST_PG_URL to run)'}`, () => {
    it('keeps one record per user, updates the user\'s own row and deletes by user', async () => {
      const repos = await repositoriesOn(name, cleanups);
      await repos.appAgentSettings.insert(row);
      await expect(repos.appAgentSettings.insert({ ...row, id: '2' })).rejects.toThrow();
      await repos.appAgentSettings.insert({ ...row, id: '3', vdnId: 2 });
      expect(await repos.appAgentSettings.update(1, row.id, 'other', { callType: '2' })).toBe(false);
      expect(await repos.appAgentSettings.update(2, row.id, 'u1', { callType: '2' })).toBe(false);
      expect(await repos.appAgentSettings.update(1, row.id, 'u1', { callType: '2', updatedAtMs: 5 })).toBe(true);
      expect(await repos.appAgentSettings.findByUser(1, 'u1')).toEqual({ ...row, callType: '2', updatedAtMs: 5 });
      expect(await repos.appAgentSettings.deleteByUser(1, 'u1')).toBe(true);
      expect(await repos.appAgentSettings.findByUser(1, 'u1')).toBeUndefined();
      expect((await repos.appAgentSettings.findByUser(2, 'u1'))?.id).toBe('3');
    });
  });
}
