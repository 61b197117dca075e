import { Type } from '@sinclair/typebox';
import { cmsIsoTime, parseCmsDateTime } from '../../../domain/monitoring/index.ts';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import type { AgentOperationRow } from '../../../store/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { ccIdSchema, cmsFailure, cmsKeyAliases, cmsTenant } from '../cms-request.ts';
import { unused } from './agent-request.ts';

const quarterMs = 15 * 60_000;
const dayMs = 24 * 60 * 60_000;
/** Call type (Table 12-697) the journal rows do not carry: 0, a normal call. */
const normalCall = 0;

/** A journal value the engine writes as −1 ("not applicable") is the reference's US_NO_USE (65535, ref L65008). */
const orUnused = (value: number) => (value < 0 ? unused : value);

/** Table 12-504, in the example's key order; OpenCEC has one subsystem and no business types. */
function operation(row: AgentOperationRow): Record<string, unknown> {
  const object = Number(row.opObject);
  return {
    id: row.id,
    callId: row.callId,
    phoneNo: row.phoneNo,
    operateType: row.opType,
    operateObject: Number.isInteger(object) ? orUnused(object) : unused,
    operateCause: orUnused(row.opCause),
    agentType: row.agentType,
    beginTime: cmsIsoTime(row.beginMs),
    endTime: cmsIsoTime(row.endMs),
    callType: normalCall,
    vdn: row.vdnId,
    serviceNo: unused,
    subCcNo: 1,
    currentAgentId: Number(row.agentId),
    currentSkillId: row.skillId ?? unused,
    mediaType: row.mediaType,
    locationId: null,
    logonSn: row.logonSn || null,
    skillInfoSn: row.skillInfoSn || null,
  };
}

/**
 * CEC §12.3.1.3.12 (ref L58579–L58724): the agent's operation records (Table 12-702) that overlap
 * [beginTime, endTime) UTC, a span of a multiple of 15 minutes up to 24 hours, optionally of one
 * operation type. The request names no VDN: it is the agent's, and a tenant key may read only
 * its own agents (0101003).
 */
export const agentOperations = defineEndpoint({
  section: '12.3.1.3.12',
  name: 'agent/agentoprinfo',
  summary: 'Obtaining agent operation details',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/agent/agentoprinfo',
  auth: 'C2-any',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({
    currentAgentId: Type.Integer({ minimum: 0, maximum: 99999 }),
    operateType: Type.Optional(Type.Integer({ minimum: 0, maximum: 65535, description: 'Table 12-702' })),
    beginTime: Type.String({ description: 'yyyy-MM-dd HH:mm:ss, UTC' }),
    endTime: Type.String({ description: 'yyyy-MM-dd HH:mm:ss, UTC' }),
    ccId: Type.Optional(ccIdSchema),
  }),
  response: Type.Object({ resultDesc: Type.Array(Type.Object({}, { additionalProperties: true })) }),
  errors: ['0100002', '0101003'],
  async handler({ body, auth, services }) {
    const fromMs = parseCmsDateTime(body.beginTime);
    const toMs = parseCmsDateTime(body.endTime);
    if (fromMs === undefined || toMs === undefined) throw cmsFailure('invalidParameter', 'beginTime and endTime are yyyy-MM-dd HH:mm:ss');
    const span = toMs - fromMs;
    if (span <= 0 || span > dayMs || span % quarterMs !== 0) throw cmsFailure('invalidParameter', 'the time span must be a multiple of 15 minutes, at most 24 hours');
    const owner = await services.repos.vdns.findByWorkNo(body.currentAgentId);
    const vdn = owner?.vdnId ?? auth.vdnId;
    if (vdn === null) return { resultDesc: [] };
    await cmsTenant(services, auth, { vdn, ...(body.ccId === undefined ? {} : { ccId: body.ccId }) });
    if (!owner) return { resultDesc: [] };
    await services.cti.records.flushed();
    const rows = await services.repos.ctiRecords.operationsOfAgent(vdn, String(body.currentAgentId), fromMs, toMs);
    return { resultDesc: rows.filter((row) => body.operateType === undefined || row.opType === body.operateType).map(operation) };
  },
});
