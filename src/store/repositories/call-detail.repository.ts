import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** What §16.1 filters on (Table 16-2), in the store's terms. */
export interface CallDetailFilter {
  vdnId: number;
  callId?: string;
  callerNo?: string;
  calleeNo?: string;
  fromMs?: number;
  toMs?: number;
  /** CTI call types (Table 6-455) the request's callType stands for. */
  callTypes?: readonly number[];
  mediaType?: number;
  evaluationValue?: string;
}

export interface CallDetailRow {
  callId: string;
  callerNo: string;
  calleeNo: string;
  callType: number;
  mediaType: number;
  waitBeginMs: number | null;
  ackBeginMs: number | null;
  callBeginMs: number | null;
  callEndMs: number | null;
  closedAtMs: number | null;
  leaveReason: number | null;
  evaluationValue: string | null;
}

/** The DataProcess view of §16.1: closed CDR rows of a tenant joined with the call's satisfaction result. */
export function createCallDetailRepository(db: Kysely<Database>) {
  const matching = (f: CallDetailFilter) => {
    let q = db
      .selectFrom('cdr')
      .leftJoin('satisfactionResult', (join) => join.onRef('satisfactionResult.callId', '=', 'cdr.callId').onRef('satisfactionResult.vdnId', '=', 'cdr.vdnId'))
      .where('cdr.vdnId', '=', f.vdnId)
      .where('cdr.status', '=', 'closed');
    if (f.callId) q = q.where('cdr.callId', '=', f.callId);
    if (f.callerNo) q = q.where('cdr.callerNo', '=', f.callerNo);
    if (f.calleeNo) q = q.where('cdr.calleeNo', '=', f.calleeNo);
    if (f.fromMs !== undefined) q = q.where('cdr.openedAtMs', '>=', f.fromMs);
    if (f.toMs !== undefined) q = q.where('cdr.openedAtMs', '<', f.toMs);
    if (f.callTypes) q = q.where('cdr.callType', 'in', f.callTypes.length > 0 ? [...f.callTypes] : [-1]);
    if (f.mediaType !== undefined) q = q.where('cdr.mediaType', '=', f.mediaType);
    if (f.evaluationValue) q = q.where('satisfactionResult.evaluationValue', '=', f.evaluationValue);
    return q;
  };
  return {
    async callDetails(filter: CallDetailFilter, limit: number): Promise<{ total: number; rows: CallDetailRow[] }> {
      const counted = await matching(filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const rows = await matching(filter)
        .select([
          'cdr.callId', 'cdr.callerNo', 'cdr.calleeNo', 'cdr.callType', 'cdr.mediaType', 'cdr.waitBeginMs', 'cdr.ackBeginMs', 'cdr.callBeginMs', 'cdr.callEndMs', 'cdr.closedAtMs', 'cdr.leaveReason',
          'satisfactionResult.evaluationValue',
        ])
        .orderBy('cdr.openedAtMs')
        .orderBy('cdr.id')
        .limit(limit)
        .execute();
      return { total: Number(counted.n), rows: rows as CallDetailRow[] };
    },
  };
}
