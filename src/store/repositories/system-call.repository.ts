import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../schema.ts';
import type { SystemCallTable } from '../schema-system-calls.ts';

export type SystemCallRow = Selectable<SystemCallTable>;

export interface SystemCallFilter {
  vdnId: number;
  fromMs: number;
  toMs: number;
  caller?: string;
  /** Task types to include. */
  taskTypes: readonly string[];
}

/** Calls made for customer systems (§6.2, §14); every lookup is within one tenant. */
export function createSystemCallRepository(db: Kysely<Database>) {
  const filtered = (f: SystemCallFilter) => {
    let query = db.selectFrom('systemCall').where('vdnId', '=', f.vdnId).where('startMs', '>=', f.fromMs).where('startMs', '<=', f.toMs).where('taskType', 'in', [...f.taskTypes]);
    if (f.caller) query = query.where('caller', '=', f.caller);
    return query;
  };
  return {
    async insert(row: Insertable<SystemCallTable>): Promise<void> {
      await db.insertInto('systemCall').values(row).execute();
    },
    async update(vdnId: number, callSerialNo: string, changes: Updateable<SystemCallTable>): Promise<void> {
      await db.updateTable('systemCall').set(changes).where('vdnId', '=', vdnId).where('callSerialNo', '=', callSerialNo).execute();
    },
    find(vdnId: number, callSerialNo: string): Promise<SystemCallRow | undefined> {
      return db.selectFrom('systemCall').selectAll().where('vdnId', '=', vdnId).where('callSerialNo', '=', callSerialNo).executeTakeFirst();
    },
    byCallId(vdnId: number, callId: string): Promise<SystemCallRow | undefined> {
      return db.selectFrom('systemCall').selectAll().where('vdnId', '=', vdnId).where('callId', '=', callId).executeTakeFirst();
    },
    async count(filter: SystemCallFilter): Promise<number> {
      const row = await filtered(filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    page(filter: SystemCallFilter, offset: number, limit: number): Promise<SystemCallRow[]> {
      return filtered(filter).selectAll().orderBy('startMs').orderBy('callSerialNo').offset(offset).limit(limit).execute();
    },
    /** Calls started since `fromMs` (the trial tenants' daily limit, ref L16431 code 21). */
    async countSince(vdnId: number, taskType: string, fromMs: number): Promise<number> {
      const row = await db.selectFrom('systemCall').where('vdnId', '=', vdnId).where('taskType', '=', taskType).where('startMs', '>=', fromMs).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    /** A call between the same two numbers that has not ended (§6.2.1 retCode 1, ref L16431). */
    liveBetween(vdnId: number, taskType: string, caller: string, called: string): Promise<SystemCallRow | undefined> {
      return db.selectFrom('systemCall').selectAll().where('vdnId', '=', vdnId).where('taskType', '=', taskType).where('caller', '=', caller).where('called', '=', called).where('state', '<', 3).executeTakeFirst();
    },
    /** The numbers shown on a tenant's live calls of a type (the ITA's privacy numbers in use, decision 0431). */
    async livePresentNumbers(vdnId: number, taskType: string): Promise<string[]> {
      const rows = await db.selectFrom('systemCall').select('agentPresent').where('vdnId', '=', vdnId).where('taskType', '=', taskType).where('state', '<', 3).execute();
      return rows.map((r) => r.agentPresent);
    },
    /** Calls left unfinished by an earlier run (recovery ends them), of every VDN or of one. */
    unfinished(vdnId?: number): Promise<SystemCallRow[]> {
      let q = db.selectFrom('systemCall').selectAll().where('state', '<', 3);
      if (vdnId !== undefined) q = q.where('vdnId', '=', vdnId);
      return q.execute();
    },
  };
}

export type SystemCallRepository = ReturnType<typeof createSystemCallRepository>;
