import { Type } from '@sinclair/typebox';
import { openOperations } from '../../../engine/index.ts';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { ctiSysIndex, parseUtcDateTime, sampleRangeMsMax } from '../../../services/system-indicators/cti-sysindex.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { ccIdSchema, cmsFailure, cmsKeyAliases, vdnIdSchema } from '../cms-request.ts';
import { systemErrors } from './system-request.ts';

const dateTime = Type.String({ maxLength: 19, description: 'yyyy-MM-dd HH:mm:ss, UTC' });

/**
 * CEC §12.3.6.6 (ref L63870–L63989): the CTI's 5-minute samples per VDN, global AK/SK only.
 * Samples are computed from the CDRs and the agent journal (decision 0822); `incallNums` is the
 * table's spelling, `inCallNums` the example's, and both are sent (note 08 A-34).
 */
export const ctiSysIndexEndpoint = defineEndpoint({
  section: '12.3.6.6',
  name: 'cti/sysindex',
  summary: 'Interface for querying CTI system indicators',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/cti/sysindex',
  auth: 'C2-global',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({
    ccId: Type.Optional(ccIdSchema),
    vdn: Type.Optional(Type.Array(vdnIdSchema, { maxItems: 100 })),
    beginDate: dateTime,
    endDate: dateTime,
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 2_147_483_647 })),
  }),
  response: Type.Object({
    resultDesc: Type.Object({
      data: Type.Array(
        Type.Object({
          beginTime: Type.String(),
          ccId: Type.Integer(),
          vdn: Type.Integer(),
          onlineAgentNums: Type.Integer(),
          talkingNums: Type.Integer(),
          ideaAgentNum: Type.Integer(),
          busyNums: Type.Integer(),
          restNums: Type.Integer(),
          incallNums: Type.Integer(),
          inCallNums: Type.Integer(),
          rateNum: Type.Integer(),
          callRate: Type.Integer(),
          callOutNums: Type.Integer(),
        }),
      ),
      count: Type.Integer(),
    }),
  }),
  errors: systemErrors,
  gaps: 'agents who do not answer inbound calls are not told apart in past periods',
  async handler({ body, services }) {
    const ccId = services.settings.callCenterId;
    if (body.ccId !== undefined && body.ccId !== ccId) throw cmsFailure('invalidParameter', 'ccId does not exist');
    const fromMs = parseUtcDateTime(body.beginDate);
    const toMs = parseUtcDateTime(body.endDate);
    if (fromMs === undefined || toMs === undefined || toMs < fromMs) throw cmsFailure('invalidParameter', 'beginDate and endDate must be yyyy-MM-dd HH:mm:ss with beginDate first');
    if (toMs - fromMs > sampleRangeMsMax) throw cmsFailure('invalidParameter', 'the interval cannot exceed 31 days');
    const all = await services.repos.vdns.list();
    const wanted = body.vdn?.length ? [...new Set(body.vdn)] : all.map((v) => v.vdnId);
    const vdns = wanted.map((id) => all.find((v) => v.vdnId === id));
    if (vdns.some((v) => !v)) throw cmsFailure('invalidParameter', 'vdn does not exist');
    const engines = new Map((await services.cti.registry.running()).map((e) => [e.vdnId, e]));
    const { data, count } = await ctiSysIndex(
      services.repos,
      { vdns: vdns.map((v) => v!), fromMs, toMs: toMs + 1000, nowMs: services.clock.now(), offset: body.offset ?? 0, limit: body.limit ?? 100 },
      (vdnId) => {
        const engine = engines.get(vdnId);
        return engine ? openOperations(engine) : [];
      },
    );
    return {
      resultDesc: {
        data: data.map(({ beginTime, incallNums, ...s }) => ({ ...s, beginTime: String(beginTime), ccId, incallNums, inCallNums: incallNums })),
        count,
      },
    };
  },
});
