import { Type } from '@sinclair/typebox';
import { defineEndpoint } from '../define-endpoint.ts';
import type { OiapRbtRecognitionRow } from '../../store/repositories/oiap-rbt.repository.ts';
import { oiapPayloadEnvelope } from './oiap-envelopes.ts';
import { authTokenField, invalid, oiapTenant, tenantIdField } from './oiap-tenant.ts';

const epochMs = Type.Integer({ minimum: 0, maximum: 8_640_000_000_000_000, description: 'epoch milliseconds' });

/** The UTC calendar month holding `ms`, as [first ms, last ms] (decision 1016). */
function utcMonth(ms: number): [number, number] {
  const at = new Date(ms);
  const from = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1);
  return [from, Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1) - 1];
}

/**
 * The result id as a JSON number a client's double holds exactly: the stored 19-digit id reduced
 * below 2^53 (decision 1016; the family has no lossless JSON output).
 */
function resultId(id: string): number {
  return Number(BigInt(id) % BigInt(Number.MAX_SAFE_INTEGER));
}

function recognition(row: OiapRbtRecognitionRow, tenantId: string) {
  return {
    rbtRecognitionId: resultId(row.id),
    callId: row.callId,
    fileName: row.fileName,
    callerNo: row.callerNo,
    calleeNo: row.calleeNo,
    agentId: Number(row.agentId),
    recordBeginTime: Number(row.recordBeginMs),
    recordEndTime: Number(row.recordEndMs),
    callType: 7,
    mediaType: 5,
    vdnId: Number(row.vdnId),
    tenantId,
    callCenterId: Number(row.callCenterId),
    releaseCause: Number(row.releaseCause),
    beginTime: Number(row.beginMs),
    endTime: row.endMs === null ? null : Number(row.endMs),
    result: row.result === null ? null : Number(row.result),
    asrTransResult: row.asrTransResult,
    confirmedResult: row.confirmedResult,
    confirmStatus: Number(row.confirmStatus),
    remark: row.remark,
    locationId: Number(row.locationId),
    updateTime: row.updateMs === null ? null : Number(row.updateMs),
  };
}

/**
 * CEC §10.16 (ref L37540–37686): analyses of failed manual outbound calls. As the reference's
 * monthly tables do (ref L37556), only the month of beginTime is searched. The ring-back "ASR" is
 * the simulated network's announcement text; nothing confirms rows manually (decision 1016).
 */
export const queryRbtRecognitionResult = defineEndpoint({
  section: '10.16',
  name: 'queryRbtRecognitionResult',
  summary: 'Offline analysis of outbound call failure causes',
  method: 'POST',
  path: '/oifde/rest/api/queryRbtRecognitionResult',
  auth: 'C3',
  envelope: oiapPayloadEnvelope,
  body: Type.Object({
    beginTime: epochMs,
    endTime: epochMs,
    tenantId: tenantIdField,
    pageNum: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
    authToken: Type.Optional(authTokenField),
  }),
  response: Type.Object({ rbtRecognitions: Type.Array(Type.Object({})), total: Type.Integer(), pageSize: Type.Integer(), pageNum: Type.Integer() }),
  errors: ['900001', '900002', '10000002'],
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    if (body.endTime < body.beginTime) throw invalid('endTime must not be earlier than beginTime');
    const pageNum = body.pageNum ?? 1;
    const pageSize = body.pageSize ?? 1000;
    const [, monthEnd] = utcMonth(body.beginTime);
    const { rows, total } = await services.repos.oiapRbt.page(tenant.vdnId, body.beginTime, Math.min(body.endTime, monthEnd), (pageNum - 1) * pageSize, pageSize);
    return { rbtRecognitions: rows.map((r) => recognition(r, tenant.tenantId)), total, pageSize, pageNum };
  },
});
