import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { AgentAccountTable, AgentSkillTable, Database } from '../schema.ts';

export type AgentAccountRow = Selectable<AgentAccountTable>;
export type AgentSkillRow = Selectable<AgentSkillTable>;

export interface AgentListFilter {
  agentTypes?: readonly number[];
  offset: number;
  limit: number;
}

/** Agent accounts (5.1) and their skill bindings. Every query is scoped by VDN. */
export function createAgentAccountRepository(db: Kysely<Database>) {
  return {
    find(vdnId: number, workNo: number): Promise<AgentAccountRow | undefined> {
      return db.selectFrom('agentAccount').selectAll().where('vdnId', '=', vdnId).where('workNo', '=', workNo).executeTakeFirst();
    },

    /** By work number alone: the CC-Gateway paths carry no VDN, work numbers are system-wide. */
    findByWorkNo(workNo: number): Promise<AgentAccountRow | undefined> {
      return db.selectFrom('agentAccount').selectAll().where('workNo', '=', workNo).executeTakeFirst();
    },

    findByUserAccount(vdnId: number, userAccount: string): Promise<AgentAccountRow | undefined> {
      return db.selectFrom('agentAccount').selectAll().where('vdnId', '=', vdnId).where('userAccount', '=', userAccount).executeTakeFirst();
    },

    findByAccountCode(vdnId: number, accountCode: string): Promise<AgentAccountRow | undefined> {
      return db.selectFrom('agentAccount').selectAll().where('vdnId', '=', vdnId).where('accountCode', '=', accountCode).executeTakeFirst();
    },

    findBySipAccount(sipAccount: string): Promise<AgentAccountRow | undefined> {
      return db.selectFrom('agentAccount').selectAll().where('sipAccount', '=', sipAccount).executeTakeFirst();
    },

    list(vdnId: number, filter: AgentListFilter): Promise<AgentAccountRow[]> {
      let query = db.selectFrom('agentAccount').selectAll().where('vdnId', '=', vdnId);
      if (filter.agentTypes?.length) query = query.where('agentType', 'in', [...filter.agentTypes]);
      return query.orderBy('workNo').offset(filter.offset).limit(filter.limit).execute();
    },

    async count(vdnId: number, agentTypes?: readonly number[]): Promise<number> {
      let query = db.selectFrom('agentAccount').select((eb) => eb.fn.countAll<number>().as('n')).where('vdnId', '=', vdnId);
      if (agentTypes?.length) query = query.where('agentType', 'in', [...agentTypes]);
      const row = await query.executeTakeFirstOrThrow();
      return Number(row.n);
    },

    listAll(vdnId: number): Promise<AgentAccountRow[]> {
      return db.selectFrom('agentAccount').selectAll().where('vdnId', '=', vdnId).orderBy('workNo').execute();
    },

    async workNosInUse(minWorkNo: number, maxWorkNo: number): Promise<number[]> {
      const rows = await db.selectFrom('agentAccount').select('workNo').where('workNo', '>=', minWorkNo).where('workNo', '<=', maxWorkNo).execute();
      return rows.map((r) => r.workNo);
    },

    async insert(row: Insertable<AgentAccountTable>): Promise<void> {
      await db.insertInto('agentAccount').values(row).execute();
    },

    async update(vdnId: number, workNo: number, changes: Updateable<AgentAccountTable>): Promise<void> {
      await db.updateTable('agentAccount').set(changes).where('vdnId', '=', vdnId).where('workNo', '=', workNo).execute();
    },

    async delete(vdnId: number, workNo: number): Promise<void> {
      await db.deleteFrom('agentSkill').where('vdnId', '=', vdnId).where('workNo', '=', workNo).execute();
      await db.deleteFrom('agentAccount').where('vdnId', '=', vdnId).where('workNo', '=', workNo).execute();
    },

    listSkills(vdnId: number, workNo: number): Promise<AgentSkillRow[]> {
      return db.selectFrom('agentSkill').selectAll().where('vdnId', '=', vdnId).where('workNo', '=', workNo).orderBy('skillId').execute();
    },

    listSkillsOfVdn(vdnId: number): Promise<AgentSkillRow[]> {
      return db.selectFrom('agentSkill').selectAll().where('vdnId', '=', vdnId).orderBy('workNo').orderBy('skillId').execute();
    },

    async replaceSkills(vdnId: number, workNo: number, skills: readonly Omit<AgentSkillRow, 'vdnId' | 'workNo'>[]): Promise<void> {
      await db.deleteFrom('agentSkill').where('vdnId', '=', vdnId).where('workNo', '=', workNo).execute();
      if (skills.length > 0) {
        await db.insertInto('agentSkill').values(skills.map((s) => ({ ...s, vdnId, workNo }))).execute();
      }
    },

    async upsertSkill(row: AgentSkillRow): Promise<void> {
      await db
        .insertInto('agentSkill')
        .values(row)
        .onConflict((oc) => oc.columns(['workNo', 'skillId']).doUpdateSet({ agentWeight: row.agentWeight, skillWeight: row.skillWeight }))
        .execute();
    },

    /** Unbinds `workNos` from the skill; all agents when `workNos` is undefined. */
    async removeSkillBindings(vdnId: number, skillId: number, workNos?: readonly number[]): Promise<number> {
      let query = db.deleteFrom('agentSkill').where('vdnId', '=', vdnId).where('skillId', '=', skillId);
      if (workNos) {
        if (workNos.length === 0) return 0;
        query = query.where('workNo', 'in', [...workNos]);
      }
      const result = await query.executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    listAgentsOfSkill(vdnId: number, skillId: number, offset: number, limit: number): Promise<AgentAccountRow[]> {
      return db
        .selectFrom('agentAccount')
        .innerJoin('agentSkill', (join) => join.onRef('agentSkill.workNo', '=', 'agentAccount.workNo'))
        .selectAll('agentAccount')
        .where('agentSkill.vdnId', '=', vdnId)
        .where('agentSkill.skillId', '=', skillId)
        .orderBy('agentAccount.workNo')
        .offset(offset)
        .limit(limit)
        .execute();
    },

    async countAgentsOfSkill(vdnId: number, skillId: number): Promise<number> {
      const row = await db
        .selectFrom('agentSkill')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('vdnId', '=', vdnId)
        .where('skillId', '=', skillId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export type AgentAccountRepository = ReturnType<typeof createAgentAccountRepository>;
