import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import { containsIgnoreCase } from './contains-filter.ts';
import type { Database, SkillTable } from '../schema.ts';

export type SkillRow = Selectable<SkillTable>;

export interface SkillFilter {
  name?: string;
  mediaTypeId?: number;
  skillIds?: readonly number[];
  offset: number;
  limit: number;
}

/** Skill queues (5.2.1–5.2.4). */
export function createSkillRepository(db: Kysely<Database>) {
  const filtered = (vdnId: number, filter: Omit<SkillFilter, 'offset' | 'limit'>) => {
    let query = db.selectFrom('skill').where('vdnId', '=', vdnId);
    if (filter.name) query = query.where(containsIgnoreCase('name', filter.name));
    if (filter.mediaTypeId !== undefined) query = query.where('mediaTypeId', '=', filter.mediaTypeId);
    if (filter.skillIds?.length) query = query.where('skillId', 'in', [...filter.skillIds]);
    return query;
  };
  return {
    find(vdnId: number, skillId: number): Promise<SkillRow | undefined> {
      return db.selectFrom('skill').selectAll().where('vdnId', '=', vdnId).where('skillId', '=', skillId).executeTakeFirst();
    },
    findByName(vdnId: number, name: string): Promise<SkillRow | undefined> {
      return db.selectFrom('skill').selectAll().where('vdnId', '=', vdnId).where('name', '=', name).executeTakeFirst();
    },
    listAll(vdnId: number): Promise<SkillRow[]> {
      return db.selectFrom('skill').selectAll().where('vdnId', '=', vdnId).orderBy('skillId').execute();
    },
    list(vdnId: number, filter: SkillFilter): Promise<SkillRow[]> {
      return filtered(vdnId, filter).selectAll().orderBy('skillId').offset(filter.offset).limit(filter.limit).execute();
    },
    async count(vdnId: number, filter: Omit<SkillFilter, 'offset' | 'limit'>): Promise<number> {
      const row = await filtered(vdnId, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async insert(row: Insertable<SkillTable>): Promise<void> {
      await db.insertInto('skill').values(row).execute();
    },
    async update(vdnId: number, skillId: number, changes: Updateable<SkillTable>): Promise<void> {
      await db.updateTable('skill').set(changes).where('vdnId', '=', vdnId).where('skillId', '=', skillId).execute();
    },
    async delete(vdnId: number, skillIds: readonly number[]): Promise<void> {
      if (skillIds.length === 0) return;
      await db.deleteFrom('agentSkill').where('vdnId', '=', vdnId).where('skillId', 'in', [...skillIds]).execute();
      await db.deleteFrom('skill').where('vdnId', '=', vdnId).where('skillId', 'in', [...skillIds]).execute();
    },
  };
}

export type SkillRepository = ReturnType<typeof createSkillRepository>;
