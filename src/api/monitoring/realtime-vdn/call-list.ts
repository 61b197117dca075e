import { Type } from '@sinclair/typebox';
import type { CallSummary } from '../../../domain/monitoring/index.ts';
import { finishedCalls } from '../../../services/monitoring/index.ts';
import type { AuthContext } from '../../../http/endpoint.ts';
import type { ApiServices } from '../../services.ts';
import { ccIdSchema, cmsFailure, cmsTenant, vdnIdSchema } from '../cms-request.ts';

const dayMs = 86_400_000;
const number = Type.String({ maxLength: 32, pattern: '^[0-9]*$', description: 'Digits; empty for every number' });
const epochMs = Type.Integer({ minimum: 0, maximum: 8_640_000_000_000_000, description: 'UTC, ms' });

/** Body of the call lists (Table 12-375; v2 adds `isCallIn`, Table 12-380). */
export const callListFields = {
  ccId: ccIdSchema,
  vdn: vdnIdSchema,
  callerNo: Type.Optional(number),
  calleeNo: Type.Optional(number),
  beginDate: epochMs,
  endDate: epochMs,
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'At most 100 (default 100)' })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 2147483647 })),
};

export const CallListItem = Type.Object({
  logDate: Type.Integer({ description: 'When the call record was complete, ms' }),
  callerNo: Type.String(),
  calleeNo: Type.String(),
  callId: Type.String(),
  callType: Type.Integer({ description: 'Table 12-697' }),
  waitBegin: Type.Integer(),
  ackBegin: Type.Integer(),
  callBegin: Type.Integer(),
  callEnd: Type.Integer(),
  vdn: Type.Integer(),
  leaveReason: Type.Integer({ description: 'Table 12-700' }),
  mediaType: Type.Integer({ description: 'Table 12-695' }),
  subMediaType: Type.Integer({ description: 'Table 12-696' }),
});

export const CallListPayload = Type.Object({ resultDesc: Type.Object({ data: Type.Array(CallListItem), count: Type.Integer() }) });

export interface CallListRequest {
  ccId: number;
  vdn: number;
  callerNo?: string;
  calleeNo?: string;
  beginDate: number;
  endDate: number;
  limit?: number;
  offset?: number;
}

function item(c: CallSummary) {
  return {
    logDate: c.logDateMs,
    callerNo: c.callerNo,
    calleeNo: c.calleeNo,
    callId: c.callId,
    callType: c.callType,
    waitBegin: c.waitBeginMs,
    ackBegin: c.ackBeginMs,
    callBegin: c.callBeginMs,
    callEnd: c.callEndMs,
    vdn: c.vdnId,
    leaveReason: c.leaveReason,
    mediaType: c.mediaType,
    subMediaType: c.subMediaType,
  };
}

/**
 * The call list of 12.3.1.1.12 (inbound) and 12.3.1.1.13 (either direction): finished calls that
 * started in [beginDate, endDate], filtered by calling and called number, paged; `count` is the
 * number of matching calls. The window may not start before 00:00:00 of the previous day nor end
 * after 23:59:59 of today, in UTC ("the data source is time zone 0", ref L54931): 0100002 else.
 * Times and types are the table's (Long, Integer), not the example's quoted values (decision 0806).
 */
export async function callList(services: ApiServices, auth: AuthContext, body: CallListRequest, direction: 'in' | 'out') {
  const vdnId = await cmsTenant(services, auth, body);
  const today = Math.floor(services.clock.now() / dayMs) * dayMs;
  if (body.beginDate < today - dayMs) throw cmsFailure('invalidParameter', 'beginDate is earlier than 00:00:00 of the previous day');
  if (body.endDate >= today + dayMs) throw cmsFailure('invalidParameter', 'endDate is later than 23:59:59 of the current day');
  if (body.endDate < body.beginDate) throw cmsFailure('invalidParameter', 'endDate is earlier than beginDate');
  const calls = await finishedCalls(services.repos, vdnId, { fromMs: body.beginDate, toMs: body.endDate, callerNo: body.callerNo, calleeNo: body.calleeNo, direction });
  const offset = body.offset ?? 0;
  return { resultDesc: { data: calls.slice(offset, offset + (body.limit ?? 100)).map(item), count: calls.length } };
}
