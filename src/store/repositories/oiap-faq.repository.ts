import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../schema.ts';
import type { OiapFaqGroupTable, OiapFaqTable } from '../schema-oiap.ts';
import { containsIgnoreCase } from './contains-filter.ts';

export type OiapFaqGroupRow = Selectable<OiapFaqGroupTable>;
export type OiapFaqRow = Selectable<OiapFaqTable>;


/** FAQ groups and their Q&As (10.9). */
export function createOiapFaqRepository(db: Kysely<Database>) {
  return {
    async insertGroup(row: Insertable<OiapFaqGroupTable>): Promise<void> {
      await db.insertInto('oiapFaqGroup').values(row).execute();
    },
    async updateGroup(vdnId: number, groupId: number, patch: Updateable<OiapFaqGroupTable>): Promise<void> {
      await db.updateTable('oiapFaqGroup').set(patch).where('vdnId', '=', vdnId).where('groupId', '=', groupId).execute();
    },
    group(vdnId: number, groupId: number): Promise<OiapFaqGroupRow | undefined> {
      return db.selectFrom('oiapFaqGroup').selectAll().where('vdnId', '=', vdnId).where('groupId', '=', groupId).executeTakeFirst();
    },
    groups(vdnId: number, filter: { language?: string; name?: string; enabledOnly?: boolean; ids?: readonly number[] } = {}): Promise<OiapFaqGroupRow[]> {
      let q = db.selectFrom('oiapFaqGroup').selectAll().where('vdnId', '=', vdnId);
      if (filter.language) q = q.where('language', '=', filter.language);
      if (filter.name) q = q.where(containsIgnoreCase('name', filter.name));
      if (filter.enabledOnly) q = q.where('enabled', '=', 1);
      if (filter.ids) q = q.where('groupId', 'in', filter.ids.length ? [...filter.ids] : [-1]);
      return q.orderBy('groupId').execute();
    },
    async deleteGroups(vdnId: number, groupIds: readonly number[]): Promise<void> {
      if (groupIds.length === 0) return;
      await db.deleteFrom('oiapFaq').where('vdnId', '=', vdnId).where('groupId', 'in', [...groupIds]).execute();
      await db.deleteFrom('oiapFaqGroup').where('vdnId', '=', vdnId).where('groupId', 'in', [...groupIds]).execute();
    },
    async counts(vdnId: number): Promise<Map<number, number>> {
      const rows = await db.selectFrom('oiapFaq').select(['groupId', (eb) => eb.fn.countAll().as('n')]).where('vdnId', '=', vdnId).groupBy('groupId').execute();
      return new Map(rows.map((r) => [Number(r.groupId), Number(r.n)]));
    },
    async insertFaq(row: Insertable<OiapFaqTable>): Promise<void> {
      await db.insertInto('oiapFaq').values(row).execute();
    },
    async updateFaq(vdnId: number, faqId: number, patch: Updateable<OiapFaqTable>): Promise<void> {
      await db.updateTable('oiapFaq').set(patch).where('vdnId', '=', vdnId).where('faqId', '=', faqId).execute();
    },
    faq(vdnId: number, faqId: number): Promise<OiapFaqRow | undefined> {
      return db.selectFrom('oiapFaq').selectAll().where('vdnId', '=', vdnId).where('faqId', '=', faqId).executeTakeFirst();
    },
    faqs(vdnId: number, groupIds: readonly number[], question?: string): Promise<OiapFaqRow[]> {
      if (groupIds.length === 0) return Promise.resolve([]);
      let q = db.selectFrom('oiapFaq').selectAll().where('vdnId', '=', vdnId).where('groupId', 'in', [...groupIds]);
      if (question) q = q.where(containsIgnoreCase('question', question));
      return q.orderBy('faqId').execute();
    },
    async deleteFaqs(vdnId: number, groupId: number, faqIds: readonly number[]): Promise<number> {
      if (faqIds.length === 0) return 0;
      const result = await db.deleteFrom('oiapFaq').where('vdnId', '=', vdnId).where('groupId', '=', groupId).where('faqId', 'in', [...faqIds]).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type OiapFaqRepository = ReturnType<typeof createOiapFaqRepository>;
