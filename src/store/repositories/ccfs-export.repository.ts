import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { CallIdQuery } from '../../domain/ids/index.ts';
import type { Database } from '../schema.ts';
import type { AgentOperationRow, CdrRow, RecordingRow } from './cti-record.repository.ts';

/** The filters of 13.2.1.2 / 13.2.1.6, already checked; times are epoch ms, `toMs` exclusive. */
export interface ExportFilter {
  vdnId: number;
  fromMs: number;
  toMs: number;
  agentId?: string;
  callId?: CallIdQuery;
  callerNo?: string;
  calleeNo?: string;
}

/** Where the previous page ended (keyset pagination: stable under concurrent inserts). */
export interface PageCursor {
  atMs: number;
  id: string;
}

/**
 * Reads the CDR, recording index and agent operations of a window page by page, oldest first, so
 * that a package of a day of a busy center is streamed, never held in memory (issue 10
 * Performance). CDR rows and recordings belong to the window by when they closed; operations by
 * when they ended (decision 1302).
 */
export function createCcfsExportRepository(db: Kysely<Database>) {
  function callFilters<QB extends SelectQueryBuilder<Database, 'cdr' | 'recording', any>>(qb: QB, f: ExportFilter, callerColumn: 'callerNo' | 'callerNumber'): QB {
    let q = qb as SelectQueryBuilder<Database, any, any>;
    if (f.agentId) q = q.where('agentId', '=', f.agentId);
    if (f.callId?.kind === 'full') q = q.where('callId', '=', f.callId.callId);
    if (f.callId?.kind === 'suffix') q = q.where('callId', 'like', `%-${f.callId.suffix}`);
    if (f.callerNo) q = q.where(callerColumn, '=', f.callerNo);
    if (f.calleeNo) q = q.where('calleeNo', '=', f.calleeNo);
    return q as QB;
  }
  return {
    cdrPage(f: ExportFilter, after: PageCursor | undefined, limit: number): Promise<CdrRow[]> {
      let q = db.selectFrom('cdr').selectAll().where('vdnId', '=', f.vdnId).where('status', '=', 'closed').where('closedAtMs', '>=', f.fromMs).where('closedAtMs', '<', f.toMs);
      q = callFilters(q, f, 'callerNo');
      if (after) q = q.where((eb) => eb(eb.refTuple('closedAtMs', 'id'), '>', eb.tuple(after.atMs, after.id)));
      return q.orderBy('closedAtMs').orderBy('id').limit(limit).execute();
    },
    recordingPage(f: ExportFilter, after: PageCursor | undefined, limit: number): Promise<RecordingRow[]> {
      let q = db.selectFrom('recording').selectAll().where('vdnId', '=', f.vdnId).where('status', '=', 'done').where('endMs', '>=', f.fromMs).where('endMs', '<', f.toMs);
      q = callFilters(q, f, 'callerNumber');
      if (after) q = q.where((eb) => eb(eb.refTuple('endMs', 'recordId'), '>', eb.tuple(after.atMs, after.id)));
      return q.orderBy('endMs').orderBy('recordId').limit(limit).execute();
    },
    operationPage(f: ExportFilter, after: PageCursor | undefined, limit: number): Promise<AgentOperationRow[]> {
      let q = db.selectFrom('agentOperation').selectAll().where('vdnId', '=', f.vdnId).where('endMs', '>=', f.fromMs).where('endMs', '<', f.toMs);
      if (f.agentId) q = q.where('agentId', '=', f.agentId);
      if (after) q = q.where((eb) => eb(eb.refTuple('endMs', 'id'), '>', eb.tuple(after.atMs, after.id)));
      return q.orderBy('endMs').orderBy('id').limit(limit).execute();
    },
    /** Recordings of a call in any tenant (0300018 tells "another developer's" from "none"). */
    recordingsOfCallAnyTenant(callId: CallIdQuery): Promise<RecordingRow[]> {
      let q = db.selectFrom('recording').selectAll();
      q = callId.kind === 'full' ? q.where('callId', '=', callId.callId) : q.where('callId', 'like', `%-${callId.suffix}`);
      return q.orderBy('beginMs').orderBy('recordId').limit(100).execute();
    },
    /** The recording with this record id, in any tenant (signed links and play tokens name it; the caller checks the tenant). */
    recordingByRecordId(recordId: string): Promise<RecordingRow | undefined> {
      return db.selectFrom('recording').selectAll().where('recordId', '=', recordId).executeTakeFirst();
    },
    /** The recording with this CTI path, in any tenant. */
    recordingByFileName(fileName: string): Promise<RecordingRow | undefined> {
      return db.selectFrom('recording').selectAll().where('fileName', '=', fileName).executeTakeFirst();
    },
  };
}

export type CcfsExportRepository = ReturnType<typeof createCcfsExportRepository>;
