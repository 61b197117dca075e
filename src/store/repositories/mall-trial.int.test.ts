// Goal: the mall and trial tables (migrations 1501, 1502) behave the same on SQLite and
// PostgreSQL: tenant records and orders upsert, orders page by creation time per VDN with a total,
// verification codes upsert and count failures, the outbox counts and lists per channel.
// Method: the same scenario against each dialect (PostgreSQL when OPENCEC_TEST_PG_URL is set).
import { afterEach, describe, expect, it } from 'vitest';
import { dialects, repositoriesOn } from '../../../test/support/postgres.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const tenant = { vdnId: 1, mobilePhone: '15300000991', company: 'A B', customerName: 'c', email: 'e@x', tenantSpaceStatus: '2', trial: 0, expiryAtMs: null, createdAtMs: 1_700_000_000_000 };
const order = (id: string, vdnId: number, createTimeMs: number) => ({ id, vdnId, orderId: `o${id}`, createTimeMs, fields: JSON.stringify({ id }) });

for (const { name, enabled } of dialects) {
  describe.skipIf(!enabled)(`mall and trial tables on ${name}${enabled ? '' : ' (skipped: set OPENCEC_TEST_PG_URL to run)'}`, () => {
    it('keeps tenant records and pages orders per VDN by creation time', async () => {
      const repos = await repositoriesOn(name, cleanups);
      await repos.mall.upsertTenant(tenant);
      await repos.mall.upsertTenant({ ...tenant, tenantSpaceStatus: '5', trial: 1, expiryAtMs: 1_800_000_000_000 });
      expect(await repos.mall.findTenant(1)).toEqual({ ...tenant, tenantSpaceStatus: '5', trial: 1, expiryAtMs: 1_800_000_000_000 });
      expect((await repos.mall.tenantsByPhone('15300000991')).map((t) => t.vdnId)).toEqual([1]);
      for (const [i, at] of [[1, 300], [2, 100], [3, 200]] as const) await repos.mall.upsertOrder(order(String(i), 1, at));
      await repos.mall.upsertOrder(order('9', 2, 150));
      await repos.mall.upsertOrder({ ...order('2', 1, 100), fields: '{"id":"2","status":"8"}' });
      const page = await repos.mall.orders(1, { fromMs: 100, toMs: 250 }, { offset: 0, limit: 10 });
      expect(page.total).toBe(2);
      expect(page.rows.map((r) => r.id)).toEqual(['2', '3']);
      expect(page.rows[0]!.fields).toBe('{"id":"2","status":"8"}');
      expect((await repos.mall.orders(1, {}, { offset: 1, limit: 1 })).rows.map((r) => r.id)).toEqual(['3']);
    });

    it('keeps one code per phone and counts the outbox per channel', async () => {
      const repos = await repositoriesOn(name, cleanups);
      await repos.trial.putCode({ phone: 'p', code: '111111', createdAtMs: 1, expiresAtMs: 10, failedAttempts: 0 });
      await repos.trial.countFailedAttempt('p');
      expect((await repos.trial.findCode('p'))?.failedAttempts).toBe(1);
      await repos.trial.putCode({ phone: 'p', code: '222222', createdAtMs: 2, expiresAtMs: 20, failedAttempts: 0 });
      expect(await repos.trial.findCode('p')).toEqual({ phone: 'p', code: '222222', createdAtMs: 2, expiresAtMs: 20, failedAttempts: 0 });
      await repos.trial.deleteCode('p');
      expect(await repos.trial.findCode('p')).toBeUndefined();
      for (const [id, channel, at] of [['1', 'sms', 5], ['2', 'sms', 15], ['3', 'email', 15]] as const) await repos.trial.insertMessage({ id, channel, recipient: `r${id}`, subject: '', body: 'b', sentAtMs: at });
      expect(await repos.trial.countMessagesSince('sms', 10)).toBe(1);
      expect((await repos.trial.messages('sms', undefined, 10)).map((m) => m.id)).toEqual(['2', '1']);
      expect((await repos.trial.messages('sms', 'r1', 10)).map((m) => m.id)).toEqual(['1']);
    });
  });
}
