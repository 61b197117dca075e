import { Type } from '@sinclair/typebox';
import { defineEndpoint } from '../define-endpoint.ts';
import { javaTimestamp, parseRecordTime } from '../../domain/chatbot/index.ts';
import type { SessionFilter } from '../../store/repositories/oiap-dialog.repository.ts';
import { oiapCodeEnvelope, oiapErrorMessageEnvelope, rtnCodeEnvelope } from './oiap-envelopes.ts';
import { authTokenField, invalid, oiapTenant, page, pageSizeField, tenantIdField } from './oiap-tenant.ts';

/** CEC §10.7 (ref L35323–35418): the turns of the user's latest call, live or ended. */
export const queryHistory = defineEndpoint({
  section: '10.7',
  name: 'queryHistory',
  summary: 'Interaction records of the latest call of a user',
  method: 'POST',
  path: '/oifde/rest/api/queryHistory',
  auth: 'C3',
  envelope: rtnCodeEnvelope,
  body: Type.Object({ tenantId: tenantIdField, params: Type.Object({ userMobile: Type.String({ minLength: 1, maxLength: 64 }) }), authToken: Type.Optional(authTokenField) }),
  response: Type.Object({ beans: Type.Array(Type.Object({})), object: Type.Null(), bean: Type.Null(), callId: Type.Union([Type.String(), Type.Null()]), callSorId: Type.String() }),
  errors: ['900001', '900002', '10000002'],
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    const session = await services.repos.oiapDialog.latestSessionOf(tenant.vdnId, body.params.userMobile);
    const turns = session ? await services.repos.oiapDialog.turns(tenant.vdnId, [session.callId]) : [];
    const beans = turns.map((t) => ({ interNo: String(t.interNo), userSaying: t.userSaying ?? '', intention: t.intention ?? '', systemReply: t.systemReply, type: t.replyType, timestamp: javaTimestamp(Number(t.replyAtMs)), responseSource: t.responseSource }));
    return { rtnMsg: 'Success', beans, object: null, bean: null, callId: session?.callId ?? null, callSorId: body.params.userMobile };
  },
});

const recordFilters = {
  tenantId: tenantIdField,
  authToken: Type.Optional(authTokenField),
  beginTime: Type.Optional(Type.String({ maxLength: 19 })),
  endTime: Type.Optional(Type.String({ maxLength: 19 })),
  pageNum: Type.Optional(Type.Integer({ minimum: 1 })),
  pageSize: Type.Optional(pageSizeField),
  callId: Type.Optional(Type.String({ maxLength: 64 })),
  userMobile: Type.Optional(Type.String({ maxLength: 64 })),
  ctiCallId: Type.Optional(Type.String({ maxLength: 64 })),
};

/** The filters of 10.8/10.18: one of callId/userMobile/ctiCallId is mandatory (ref L35460–35465). */
function sessionFilter(body: { beginTime?: string; endTime?: string; callId?: string; userMobile?: string; ctiCallId?: string }): SessionFilter {
  if (!body.callId && !body.userMobile && !body.ctiCallId) throw invalid('one of callId, userMobile and ctiCallId is mandatory');
  const time = (text: string | undefined, name: string) => {
    if (!text) return undefined;
    const ms = parseRecordTime(text);
    if (ms === undefined) throw invalid(`${name} must be yyyy-MM-dd HH:mm:ss`);
    return ms;
  };
  return { callId: body.callId || undefined, callSorId: body.userMobile || undefined, ctiCallId: body.ctiCallId || undefined, fromMs: time(body.beginTime, 'beginTime'), toMs: time(body.endTime, 'endTime') };
}

/**
 * CEC §10.8 (ref L35420–35589): call sessions with their turns. Every session is recorded (the
 * FLOWRECORDFLAG switch of ref L35429 is always on, decision 1008); there are no survey Q&As.
 */
export const queryRecordHistory = defineEndpoint({
  section: '10.8',
  name: 'queryRecordHistory',
  summary: 'Session records of the chatbot',
  method: 'POST',
  path: '/oifde/rest/api/queryRecordHistory',
  auth: 'C3',
  envelope: oiapCodeEnvelope,
  body: Type.Object(recordFilters),
  response: Type.Object({ total: Type.Integer(), recordList: Type.Array(Type.Object({})) }),
  errors: ['900001', '900002', '10000002'],
  gaps: 'qaRecords (survey questions) are always empty: flows have no survey node; no recording files are made',
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    const sessions = await services.repos.oiapDialog.sessions(tenant.vdnId, sessionFilter(body));
    const shown = page(sessions, body.pageNum ?? 1, body.pageSize ?? 100);
    const turns = await services.repos.oiapDialog.turns(tenant.vdnId, shown.map((s) => s.callId));
    const recordList = shown.map((s) => ({
      logId: `${s.vdnId}-${s.callId}`,
      tenantId: tenant.tenantId,
      callSorId: s.callSorId,
      callId: s.callId,
      ctiCallId: s.ctiCallId,
      callingNumber: s.callSorId,
      calledNumber: s.accessCode,
      startTime: Number(s.startedAtMs),
      endTime: s.endedAtMs === null ? null : Number(s.endedAtMs),
      lastUpdateTime: Number(s.updatedAtMs),
      flowInstId: s.flowInstId,
      dialogType: String(s.dialogType),
      callData: null,
      locationId: 0,
      flag: s.status === 'active' ? '0' : '1',
      businessInfo: null,
      businessInfoStr: JSON.stringify({ yugaoFileName: '', locationId: '0', recordFileName: '' }),
      recordDetails: turns.filter((t) => t.callId === s.callId).map((t) => ({ interNo: String(t.interNo), userSaying: t.userSaying ?? '', intention: t.intention ?? '', systemReply: t.systemReply, timestamp: Number(t.replyAtMs), requestTime: Number(t.requestAtMs ?? t.replyAtMs), responseSource: Number(t.responseSource), involveMode: Number(t.involveMode) })),
      qaRecords: [],
    }));
    return { total: sessions.length, recordList };
  },
});

/** CEC §10.18 (ref L37924–38037): transfers of IVR calls to third-party numbers and their results. */
export const queryTransferRecordHistory = defineEndpoint({
  section: '10.18',
  name: 'queryTransferRecordHistory',
  summary: 'Records of calls transferred to third parties',
  method: 'POST',
  path: '/oifde/rest/api/queryTransferRecordHistory',
  auth: 'C3',
  envelope: oiapErrorMessageEnvelope,
  body: Type.Object(recordFilters),
  response: Type.Object({ total: Type.Integer(), transferRecordList: Type.Array(Type.Object({})) }),
  errors: ['900001', '900002', '10000002'],
  gaps: 'no conference recording is made: recordFilePath is the record_path the flow named',
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    const rows = await services.repos.oiapDialog.transfers(tenant.vdnId, sessionFilter(body));
    const transferRecordList = page(rows, body.pageNum ?? 1, body.pageSize ?? 100).map((r) => ({
      id: r.id,
      tenantId: tenant.tenantId,
      callId: r.callId,
      ctiCallId: r.ctiCallId,
      flowInstId: r.flowInstId,
      callingNumber: r.callingNumber,
      calledNumber: r.calledNumber,
      transfNumber: r.transfNumber,
      startTime: Number(r.startAtMs),
      endTime: r.endAtMs === null ? null : Number(r.endAtMs),
      recordFilePath: r.recordFilePath,
      locationId: r.locationId ?? '0',
      opResult: r.opResult,
      recordResult: r.recordResult,
    }));
    return { errorMessage: 'success!', total: rows.length, transferRecordList };
  },
});
