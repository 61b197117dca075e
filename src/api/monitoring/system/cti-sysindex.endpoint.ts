import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { ctiSysIndex } from '../../../services/system-indicators/cti-sysindex.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { clusterIndicators } from '../../../services/system-indicators/node-indicators.ts';
import { cmsFailure, cmsKeyAliases, vdnIdSchema } from '../cms-request.ts';
import { checkCcId, sampleBody, samplePageResponse, sampleWindow, systemErrors } from './system-request.ts';

/**
 * CEC §12.3.6.6 (ref L63870–L63989): the CTI's 5-minute samples per VDN, global AK/SK only.
 * Samples are computed from the CDRs and the agent journal (decision 0822); agents signed in to no
 * skill queue count as online only (decision 0842). `incallNums` is the table's spelling,
 * `inCallNums` the example's, and both are sent (note 08 A-34).
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
  body: sampleBody({ vdn: Type.Optional(Type.Array(vdnIdSchema, { maxItems: 100 })) }),
  response: samplePageResponse(
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
  errors: systemErrors,
  async handler({ body, services }) {
    const ccId = services.settings.callCenterId;
    checkCcId(services, body.ccId);
    const { fromMs, toMs } = sampleWindow(body);
    const all = await services.repos.vdns.list();
    const wanted = body.vdn?.length ? [...new Set(body.vdn)] : all.map((v) => v.vdnId);
    const vdns = wanted.map((id) => all.find((v) => v.vdnId === id));
    if (vdns.some((v) => !v)) throw cmsFailure('invalidParameter', 'vdn does not exist');
    // The period in progress counts each VDN's open intervals on its owner, wherever it runs (decision 1732).
    const { view } = await clusterIndicators(services);
    const { data, count } = await ctiSysIndex(
      services.repos,
      { vdns: vdns.map((v) => v!), fromMs, toMs, nowMs: services.clock.now(), offset: body.offset ?? 0, limit: body.limit ?? 100 },
      (vdnId) => view.vdn(vdnId)?.open ?? [],
    );
    return {
      resultDesc: {
        data: data.map(({ beginTime, incallNums, ...s }) => ({ ...s, beginTime: String(beginTime), ccId, incallNums, inCallNums: incallNums })),
        count,
      },
    };
  },
});
