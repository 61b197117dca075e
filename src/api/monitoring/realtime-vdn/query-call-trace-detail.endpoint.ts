import { Type } from '@sinclair/typebox';
import { enterReason, traceOrder } from '../../../domain/monitoring/index.ts';
import { callTraceRows } from '../../../services/monitoring/index.ts';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { ccIdSchema, cmsKeyAliases, cmsTenant, vdnIdSchema } from '../cms-request.ts';
import { vdnErrors } from './vdn-request.ts';

const Item = Type.Object({
  callId: Type.String(),
  mediaType: Type.Integer(),
  callIdNum: Type.Integer({ description: '1, 2, 3... the last -1' }),
  callerNo: Type.String(),
  calleeNo: Type.String(),
  waitBegin: Type.Integer(),
  ackBegin: Type.Integer(),
  callBegin: Type.Integer(),
  callEnd: Type.Integer(),
  subCcNo: Type.Integer(),
  deviceType: Type.Integer({ description: 'Table 12-701' }),
  deviceNo: Type.String(),
  deviceIn: Type.String(),
  callType: Type.Integer({ description: 'Table 12-697' }),
  releaseCause: Type.Integer({ description: '§12.3.8.10; valid on the last row only (0 on the others)' }),
  EnterReason: Type.Integer({ description: 'Table 12-700' }),
  LeaveReason: Type.Integer({ description: 'Table 12-700' }),
  CurrentSkillID: Type.String(),
  subMediaType: Type.Integer(),
});

/**
 * CEC §12.3.1.1.14 vdn/querycalltracedetail (ref L55162–L55282): the CDR rows of one call of the
 * VDN, in call_id_num order; `logDate` picks the month whose rows are read (the vendor keeps
 * monthly tables, ref L55194), in UTC. A call without rows in that month has an empty track.
 * `EnterReason` is why the call left the device before (decision 0806); the capitalised keys are
 * the table's.
 */
export const queryCallTraceDetail = defineEndpoint({
  section: '12.3.1.1.14',
  name: 'vdn/querycalltracedetail',
  summary: 'Querying the call track data in a specific VDN',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/vdn/querycalltracedetail',
  auth: 'C2-any',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({
    ccId: ccIdSchema,
    vdn: vdnIdSchema,
    callId: Type.String({ minLength: 1, maxLength: 64 }),
    logDate: Type.Integer({ minimum: 0, maximum: 8_640_000_000_000_000, description: 'Any instant of the month to read, ms' }),
  }),
  response: Type.Object({ resultDesc: Type.Array(Item) }),
  errors: vdnErrors,
  async handler({ body, auth, services }) {
    const vdnId = await cmsTenant(services, auth, body);
    const rows = await callTraceRows(services.repos, vdnId, body.callId, body.logDate);
    const resultDesc = traceOrder(rows).map((r) => ({
      callId: r.callId,
      mediaType: r.mediaType,
      callIdNum: r.callIdNum!,
      callerNo: r.callerNo,
      calleeNo: r.calleeNo,
      waitBegin: r.waitBeginMs ?? 0,
      ackBegin: r.ackBeginMs ?? 0,
      callBegin: r.callBeginMs ?? 0,
      callEnd: r.callEndMs ?? r.closedAtMs ?? 0,
      subCcNo: 0,
      deviceType: r.deviceType,
      deviceNo: String(r.deviceNo),
      deviceIn: r.deviceIn,
      callType: r.callType,
      releaseCause: r.releaseCause ?? 0,
      EnterReason: enterReason(rows, r),
      LeaveReason: r.leaveReason ?? 0,
      CurrentSkillID: String(r.currentSkillId ?? 0),
      subMediaType: r.subMediaType ?? 0,
    }));
    return { resultDesc };
  },
});
