import { Type } from '@sinclair/typebox';
import { cmsReturnDescEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsFailure, cmsKeyAliases, cmsTenant, vdnIdSchema } from '../cms-request.ts';

const utcTime = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** "yyyy-MM-dd HH:mm:ss", zero-zone (ref L59551). */
function parseUtc(text: string | undefined, field: string, fallback: number): number {
  if (text === undefined || text === '') return fallback;
  const m = utcTime.exec(text.trim());
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])) : Number.NaN;
  if (!m || Number.isNaN(ms) || new Date(ms).getUTCDate() !== Number(m[3])) throw cmsFailure('invalidParameter', `${field} must be yyyy-MM-dd HH:mm:ss`);
  return ms;
}

const printUtc = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/**
 * CEC §12.3.2.2 (ref L59523): a VDN's missed calls — inbound calls that asked for an agent and
 * were never answered (note 08 §5.4.2) — whose wait began in [beginTime, endTime], latest first,
 * `limit` of them from `offset`, with their `total`. Envelope D.
 */
export const queryMissedCalls = defineEndpoint({
  section: '12.3.2.2',
  name: 'queryMissedCalls',
  summary: 'Querying information about missed calls in a specified VDN',
  method: 'POST',
  path: '/rest/cmsapp/v1/callin/queryMissedCalls',
  auth: 'C2-any',
  envelope: cmsReturnDescEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({
    vdn: vdnIdSchema,
    offset: Type.Integer({ minimum: 0 }),
    limit: Type.Integer({ minimum: 1, maximum: 5000 }),
    beginTime: Type.Optional(Type.String({ maxLength: 19 })),
    endTime: Type.Optional(Type.String({ maxLength: 19 })),
  }),
  response: Type.Object({
    total: Type.Integer(),
    missedCalls: Type.Array(Type.Object({ callId: Type.String(), callerNo: Type.String(), calleeNo: Type.String(), waitBegin: Type.String(), callEnd: Type.String(), mediaType: Type.Integer(), subMediaType: Type.Optional(Type.Integer()) })),
  }),
  errors: ['1', '0101003'],
  async handler({ body, auth, services }) {
    const vdnId = await cmsTenant(services, auth, body);
    const fromMs = parseUtc(body.beginTime, 'beginTime', 0);
    const toMs = parseUtc(body.endTime, 'endTime', Number.MAX_SAFE_INTEGER);
    if (toMs < fromMs) throw cmsFailure('invalidParameter', 'endTime must not be before beginTime');
    await services.cti.records.flushed();
    const page = await services.repos.statRollup.missedCalls(vdnId, fromMs, toMs, body.offset, body.limit);
    return {
      total: page.total,
      missedCalls: page.rows.map((r) => ({
        callId: r.callId,
        callerNo: r.callerNo,
        calleeNo: r.calleeNo,
        waitBegin: printUtc(r.waitBeginMs),
        callEnd: printUtc(r.callEndMs),
        mediaType: r.mediaType,
        ...(r.subMediaType >= 0 ? { subMediaType: r.subMediaType } : {}),
      })),
    };
  },
});
