import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { SqmCallTable, SqmDocumentTable } from '../schema-sqm.ts';
import '../schema-sqm.ts';

export type SqmDocumentRow = Selectable<SqmDocumentTable>;
export type SqmCallRow = Selectable<SqmCallTable>;

export interface SqmCallFilter {
  callTypes?: readonly number[];
  statuses?: readonly number[];
  callFromMs?: number;
  callToMs?: number;
  staffIds?: readonly string[];
}

/** Documents and inspected calls of the quality check (§12.2). Every query is scoped by tenant. */
export function createSqmRepository(db: Kysely<Database>) {
  const docs = (vdnId: number, kind: string) => db.selectFrom('sqmDocument').selectAll().where('vdnId', '=', vdnId).where('kind', '=', kind);
  return {
    find(vdnId: number, kind: string, id: string): Promise<SqmDocumentRow | undefined> {
      return docs(vdnId, kind).where('id', '=', id).executeTakeFirst();
    },
    findByName(vdnId: number, kind: string, name: string): Promise<SqmDocumentRow | undefined> {
      return docs(vdnId, kind).where('name', '=', name).executeTakeFirst();
    },
    list(vdnId: number, kind: string, parentId?: string): Promise<SqmDocumentRow[]> {
      let q = docs(vdnId, kind);
      if (parentId !== undefined) q = q.where('parentId', '=', parentId);
      return q.orderBy('createdAtMs').orderBy('id').execute();
    },
    listByIds(vdnId: number, kind: string, ids: readonly string[]): Promise<SqmDocumentRow[]> {
      if (ids.length === 0) return Promise.resolve([]);
      return docs(vdnId, kind).where('id', 'in', [...ids]).execute();
    },
    /** Inserts or replaces one document. */
    async put(row: SqmDocumentRow): Promise<void> {
      const { vdnId, kind, id, ...rest } = row;
      await db
        .insertInto('sqmDocument')
        .values(row)
        .onConflict((oc) => oc.columns(['vdnId', 'kind', 'id']).doUpdateSet(rest))
        .execute();
    },
    async remove(vdnId: number, kind: string, ids: readonly string[]): Promise<void> {
      if (ids.length === 0) return;
      await db.deleteFrom('sqmDocument').where('vdnId', '=', vdnId).where('kind', '=', kind).where('id', 'in', [...ids]).execute();
    },
    /** Documents of every tenant whose due time has come (the scheduler's poll). */
    due(kind: string, nowMs: number): Promise<SqmDocumentRow[]> {
      return db.selectFrom('sqmDocument').selectAll().where('kind', '=', kind).where('dueAtMs', 'is not', null).where('dueAtMs', '<=', nowMs).orderBy('dueAtMs').orderBy('id').execute();
    },

    /** Finished voice recordings of a tenant that ended at or after `endFromMs`, oldest first (automatic inspection). */
    /** Agent legs of web chats (media type 53) answered and closed since `closedFromMs`, oldest first (decision 1230). */
    finishedChatLegsSince(vdnId: number, closedFromMs: number, limit: number) {
      return db.selectFrom('cdr').selectAll().where('vdnId', '=', vdnId).where('mediaType', '=', 53).where('deviceType', '=', 2).where('status', '=', 'closed').where('callBeginMs', 'is not', null).where('closedAtMs', '>=', closedFromMs).orderBy('closedAtMs').orderBy('id').limit(limit).execute();
    },
    finishedRecordingsSince(vdnId: number, endFromMs: number, limit: number) {
      return db.selectFrom('recording').selectAll().where('vdnId', '=', vdnId).where('status', '=', 'done').where('endMs', '>=', endFromMs).orderBy('endMs').orderBy('recordId').limit(limit).execute();
    },

    findCall(vdnId: number, callUuid: string): Promise<SqmCallRow | undefined> {
      return db.selectFrom('sqmCall').selectAll().where('vdnId', '=', vdnId).where('callUuid', '=', callUuid).executeTakeFirst();
    },
    findCallByCallId(vdnId: number, callId: string): Promise<SqmCallRow | undefined> {
      return db.selectFrom('sqmCall').selectAll().where('vdnId', '=', vdnId).where('callId', '=', callId).executeTakeFirst();
    },
    listCalls(vdnId: number, filter: SqmCallFilter): Promise<SqmCallRow[]> {
      let q = db.selectFrom('sqmCall').selectAll().where('vdnId', '=', vdnId);
      if (filter.callTypes?.length) q = q.where('callType', 'in', [...filter.callTypes]);
      if (filter.statuses?.length) q = q.where('status', 'in', [...filter.statuses]);
      if (filter.staffIds?.length) q = q.where('staffId', 'in', [...filter.staffIds]);
      if (filter.callFromMs !== undefined) q = q.where('callTimeMs', '>=', filter.callFromMs);
      if (filter.callToMs !== undefined) q = q.where('callTimeMs', '<=', filter.callToMs);
      return q.orderBy('callTimeMs').orderBy('callUuid').execute();
    },
    async putCall(row: SqmCallRow): Promise<void> {
      const { vdnId, callUuid, ...rest } = row;
      await db
        .insertInto('sqmCall')
        .values(row)
        .onConflict((oc) => oc.columns(['vdnId', 'callUuid']).doUpdateSet(rest))
        .execute();
    },
  };
}

export type SqmRepository = ReturnType<typeof createSqmRepository>;
