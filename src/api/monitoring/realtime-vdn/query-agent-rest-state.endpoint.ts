import { Type } from '@sinclair/typebox';
import { restState, vdnAgents, vdnWorkNos } from '../../../engine/index.ts';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { page, pagedVdnBody, cmsEngine, vdnErrors } from './vdn-request.ts';

const Detail = Type.Object({
  agentId: Type.Integer(),
  cantRestCause: Type.Optional(Type.Integer({ description: 'Table 12-336: 0 waiting for approval, 1 granted but in a call, 2 VDN quota, 3 in no skill queue, 4 skill quota' })),
  vdnId: Type.Integer(),
  ccId: Type.Integer(),
  beginTime: Type.Integer({ description: 'Rest start (resting) or grant time, ms' }),
  applyRestLength: Type.Integer({ description: 'Requested rest, seconds' }),
  name: Type.String(),
  reqRestDuration: Type.Optional(Type.Integer({ description: 'Seconds rested so far (resting agents)' })),
  skillIds: Type.Optional(Type.String({ description: 'The skill queues whose rest quota is full, comma-separated (cause 4)' })),
});

const Payload = Type.Object({
  onRestAgentNum: Type.Integer(),
  allowRestAgentNum: Type.Integer(),
  waitRestAgentNum: Type.Integer(),
  details: Type.Array(Detail),
});

/**
 * CEC §12.3.1.1.2 queryagentreststate (ref L53721–L53918): rest statistics over one page of the
 * VDN's agents (ref L53788: the page is chosen first, then counted), with a detail per agent
 * resting, granted a rest it will take when its call ends (decision 0802), or waiting for one
 * that a quota or an approval holds back (decision 0850). The example's `ccld`/`ccl` and
 * `reqRestDura` keys are misprints of `ccId` and `reqRestDuration` (note 08 A-7).
 */
export const queryAgentRestState = defineEndpoint({
  section: '12.3.1.1.2',
  name: 'vdn/queryagentreststate',
  summary: 'Querying agent rest information in a specified VDN',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/vdn/queryagentreststate',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: pagedVdnBody(1000),
  response: Type.Object({ resultDesc: Payload, count: Type.Integer() }),
  errors: vdnErrors,
  async handler({ body, auth, services }) {
    const engine = await cmsEngine(services, auth, body);
    const all = vdnWorkNos(engine);
    const now = engine.now();
    const payload = { onRestAgentNum: 0, allowRestAgentNum: 0, waitRestAgentNum: 0, details: [] as Array<Record<string, unknown>> };
    for (const view of vdnAgents(engine, page(all, body.offset, body.limit))) {
      const rest = view.runtime && restState(view.runtime, now);
      if (!rest) continue;
      const common = { agentId: view.workNo, vdnId: engine.vdnId, ccId: services.settings.callCenterId, beginTime: rest.beginMs, applyRestLength: rest.requestedSeconds, name: view.config.userName };
      if (rest.status === 'resting') {
        payload.onRestAgentNum += 1;
        payload.details.push({ ...common, reqRestDuration: rest.restedSeconds });
      } else {
        if (rest.status === 'allowed') payload.allowRestAgentNum += 1;
        else payload.waitRestAgentNum += 1;
        payload.details.push({ ...common, cantRestCause: rest.cantRestCause, ...(rest.cantRestCause === 4 ? { skillIds: rest.skillIds!.join(',') } : {}) });
      }
    }
    return { resultDesc: payload, count: all.length };
  },
});
