import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { AgentAccountTable, AgentSkillTable, Database } from '../schema.ts';

export type AgentAccountRow = Selectable<AgentAccountTable>;
export type AgentSkillRow = Selectable<AgentSkillTable>;

export interface AgentListFilter {
  agentTypes?: readonly number[];
  /** 5.1.4: only agents whose anonymization flag has this value. */
  transparentDisplayFlag?: boolean;
  offset: number;
  limit: number;
}

/** An agent bound to a skill, with the weights of that binding (5.1.7). */
export type AgentOfSkillRow = AgentAccountRow & { agentWeight: number; skillWeight: number };

/** What a new account is made of; the security state starts fresh (no failures, no lock). */
export type NewAgentAccount = Pick<
  AgentAccountTable,
  'workNo' | 'vdnId' | 'userAccount' | 'userName' | 'passwordHash' | 'email' | 'phone' | 'agentType' | 'ccRoleId' | 'sipAccount' | 'sipPwd' | 'ctiPassword' | 'accountCode'
>;

/** The row of a new agent account created at `nowMs` (by 5.1.1 or by a tenant file). */
export function newAgentAccountRow(account: NewAgentAccount, nowMs: number): Insertable<AgentAccountTable> {
  return {
    ...account,
    transparentDisplayFlag: 0,
    failedPwdAttempts: 0,
    lockedUntilMs: null,
    pwdChangedAtMs: nowMs,
    pwdUserChangedAtMs: null,
    sipFailedAttempts: 0,
    sipLockedUntilMs: null,
    ctiPasswordHistory: '[]',
    isForceChange: 0,
    ctiPwdChangedAtMs: nowMs,
    createdAtMs: nowMs,
    updatedAtMs: nowMs,
  };
}

/** Agent accounts (5.1) and their skill bindings. Every query is scoped by VDN. */
export function createAgentAccountRepository(db: Kysely<Database>) {
  const filtered = (vdnId: number, filter: Omit<AgentListFilter, 'offset' | 'limit'>) => {
    let query = db.selectFrom('agentAccount').where('vdnId', '=', vdnId);
    if (filter.agentTypes?.length) query = query.where('agentType', 'in', [...filter.agentTypes]);
    if (filter.transparentDisplayFlag !== undefined) query = query.where('transparentDisplayFlag', '=', filter.transparentDisplayFlag ? 1 : 0);
    return query;
  };
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
      return filtered(vdnId, filter).selectAll().orderBy('workNo').offset(filter.offset).limit(filter.limit).execute();
    },

    /** The number of agents of the VDN matching `filter`. */
    async count(vdnId: number, filter: Omit<AgentListFilter, 'offset' | 'limit'> = {}): Promise<number> {
      const row = await filtered(vdnId, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** The agents of the VDN among `userAccounts` (those that exist), by work number. */
    listByUserAccounts(vdnId: number, userAccounts: readonly string[]): Promise<AgentAccountRow[]> {
      if (userAccounts.length === 0) return Promise.resolve([]);
      return db.selectFrom('agentAccount').selectAll().where('vdnId', '=', vdnId).where('userAccount', 'in', [...userAccounts]).orderBy('workNo').execute();
    },

    /**
     * 5.1.11, 5.1.12: the agent whose agent account or bound business account (accountCode) is
     * `account`; when two agents match, the one matching on `prefer` wins.
     */
    async findBySignInAccount(vdnId: number, account: string, prefer: 'userAccount' | 'accountCode'): Promise<AgentAccountRow | undefined> {
      const rows = await db
        .selectFrom('agentAccount')
        .selectAll()
        .where('vdnId', '=', vdnId)
        .where((eb) => eb.or([eb('userAccount', '=', account), eb('accountCode', '=', account)]))
        .orderBy('workNo')
        .execute();
      return rows.find((r) => r[prefer] === account) ?? rows[0];
    },

    /** Which of `candidates` some agent of any VDN already uses as its SIP number. */
    async sipAccountsInUse(candidates: readonly string[]): Promise<string[]> {
      if (candidates.length === 0) return [];
      const rows = await db.selectFrom('agentAccount').select('sipAccount').where('sipAccount', 'in', [...candidates]).execute();
      return rows.map((r) => r.sipAccount);
    },

    /** SIP numbers of other VDNs' agents from `first` to `last` (digit strings of one length compare as numbers). */
    async sipAccountsBetween(first: string, last: string, exceptVdnId: number): Promise<string[]> {
      const rows = await db.selectFrom('agentAccount').select('sipAccount').where('vdnId', '<>', exceptVdnId).where('sipAccount', '>=', first).where('sipAccount', '<=', last).execute();
      return rows.map((r) => r.sipAccount).filter((n) => n.length === first.length);
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

    /** The skill bindings of the agents `workNos` of the VDN, by work number then skill. */
    listSkillsOfAgents(vdnId: number, workNos: readonly number[]): Promise<AgentSkillRow[]> {
      if (workNos.length === 0) return Promise.resolve([]);
      return db.selectFrom('agentSkill').selectAll().where('vdnId', '=', vdnId).where('workNo', 'in', [...workNos]).orderBy('workNo').orderBy('skillId').execute();
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

    /** A page of the agents bound to the skill, with the weights of each binding (5.1.7). */
    listBindingsOfSkill(vdnId: number, skillId: number, offset: number, limit: number): Promise<AgentOfSkillRow[]> {
      return db
        .selectFrom('agentAccount')
        .innerJoin('agentSkill', (join) => join.onRef('agentSkill.workNo', '=', 'agentAccount.workNo'))
        .selectAll('agentAccount')
        .select(['agentSkill.agentWeight', 'agentSkill.skillWeight'])
        .where('agentAccount.vdnId', '=', vdnId)
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
