import { Type } from '@sinclair/typebox';
import { CecError, httpStatusText } from '../../http/cec-error.ts';
import { bareEnvelope } from '../../http/envelope/index.ts';
import type { CallDetailRow } from '../../store/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';

/**
 * Table 16-2 callType → the CTI call types (Table 6-455) it stands for (decision 1500): 0 inbound,
 * 1 outbound, 2 predicted (43), 3 previewed (44); the others (preempted, bidirectional,
 * collaborative, click-to-dial) name no CTI call type of OpenCEC's CDRs.
 */
const ctiCallTypes: Record<string, readonly number[]> = { '0': [0], '1': [7], '2': [43], '3': [44], '4': [], '10': [], '11': [], '12': [] };
const dataProcessCallType = new Map<number, string>([[0, '0'], [7, '1'], [43, '2'], [44, '3']]);
/** A page of the view; the reference documents no paging, so the first rows come with the total. */
export const callDetailRowsMax = 1000;

const ms = (value: number | null) => (value === null ? '' : String(value));
const epochMs = Type.String({ pattern: '^[0-9]{1,15}$' });

function resultOf(row: CallDetailRow, vdnId: number) {
  return {
    logDate: row.closedAtMs === null ? '' : new Date(row.closedAtMs).toISOString().slice(0, 10),
    callerNo: row.callerNo,
    calleeNo: row.calleeNo,
    callId: row.callId,
    callType: dataProcessCallType.get(row.callType) ?? '',
    mediatype: String(row.mediaType),
    waitBegin: ms(row.waitBeginMs),
    ackBegin: ms(row.ackBeginMs),
    callBegin: ms(row.callBeginMs),
    callEnd: ms(row.callEndMs),
    vdn: vdnId,
    leaveReason: row.leaveReason === null ? '' : String(row.leaveReason),
    evaluationValue: row.evaluationValue ?? '',
  };
}

/**
 * CEC §16.1 queryCallManualDetailInfo: the tenant's CDR rows (13.2, one per device visit) with
 * the satisfaction result of their call (5.4.2), filtered as Table 16-2 says; without `callId`,
 * `beginDate` or `endDate` (epoch ms) is required. `vdn` must be the credential's VDN and
 * `subCcNo` this call center (decision 1500); otherwise nothing matches.
 */
export const queryCallManualDetailInfo = defineEndpoint({
  section: '16.1',
  name: 'queryCallManualDetailInfo',
  summary: 'Querying call result data',
  method: 'POST',
  path: '/apiaccess/rest/dataprocess/v1/openapp/queryCallManualDetailInfo',
  auth: 'C1',
  envelope: bareEnvelope,
  body: Type.Object({
    subCcNo: Type.String({ minLength: 1, maxLength: 8 }),
    vdn: Type.String({ minLength: 1, maxLength: 8 }),
    callId: Type.Optional(Type.String({ maxLength: 64 })),
    callerNo: Type.Optional(Type.String({ maxLength: 32 })),
    calleeNo: Type.Optional(Type.String({ maxLength: 32 })),
    beginDate: Type.Optional(Type.Union([epochMs, Type.Literal('')])),
    endDate: Type.Optional(Type.Union([epochMs, Type.Literal('')])),
    callType: Type.Optional(Type.Union([...Object.keys(ctiCallTypes).map((k) => Type.Literal(k)), Type.Literal('')])),
    mediaType: Type.Optional(Type.Union([Type.Literal('2'), Type.Literal('5'), Type.Literal('18'), Type.Literal('19'), Type.Literal('53'), Type.Literal('')])),
    evaluationValue: Type.Optional(Type.String({ maxLength: 16 })),
  }),
  response: Type.Object({ total: Type.Integer(), results: Type.Array(Type.Object({}, { additionalProperties: true })) }),
  errors: ['400', '401'],
  gaps: `At most ${callDetailRowsMax} rows are returned (with the full total): the reference documents no paging.`,
  async handler({ body, auth, services }) {
    if (!body.callId && !body.beginDate && !body.endDate) throw new CecError('400', `${httpStatusText[400]} (beginDate or endDate is required without callId)`, { httpStatus: 400 });
    const vdnId = auth.vdnId!;
    if (Number(body.vdn) !== vdnId || Number(body.subCcNo) !== services.settings.callCenterId) return { total: 0, results: [] };
    const { total, rows } = await services.repos.callDetails.callDetails(
      {
        vdnId,
        callId: body.callId || undefined,
        callerNo: body.callerNo || undefined,
        calleeNo: body.calleeNo || undefined,
        fromMs: body.beginDate ? Number(body.beginDate) : undefined,
        toMs: body.endDate ? Number(body.endDate) : undefined,
        callTypes: body.callType ? ctiCallTypes[body.callType] : undefined,
        mediaType: body.mediaType ? Number(body.mediaType) : undefined,
        evaluationValue: body.evaluationValue || undefined,
      },
      callDetailRowsMax,
    );
    return { total, results: rows.map((row) => resultOf(row, vdnId)) };
  },
});
