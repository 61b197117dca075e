import { Type } from '@sinclair/typebox';
import { restState, vdnAgents, vdnWorkNos } from '../../../engine/index.ts';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsFailure, cmsKeyAliases } from '../cms-request.ts';
import { cmsEngine, vdnBody } from '../realtime-request.ts';

/**
 * CEC §12.3.1.3.8 (ref L58102–L58247): rest counts and details of the VDN's agents (the rest model
 * of 12.3.1.1.2: resting, or granted a rest it takes when its call ends, cantRestReason 1). Paging
 * over the VDN's agents is honoured when both `offset` and `limit` are given (note 08 A-55).
 */
export const agentRestInfos = defineEndpoint({
  section: '12.3.1.3.8',
  name: 'agentgroup/agentrestinfos',
  summary: 'Querying agent rest information',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/agentgroup/agentrestinfos',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: vdnBody({ offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 2147483647 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })) }),
  response: Type.Object({
    resultDesc: Type.Object({
      allowRestNum: Type.Integer({ description: 'Agents granted a rest, still at work' }),
      onRestNum: Type.Integer(),
      waitRestNum: Type.Integer(),
      agentsRestDetails: Type.Array(
        Type.Object({ agentName: Type.String(), workNo: Type.Integer(), cantRestReason: Type.Optional(Type.Integer()), beginTime: Type.Integer({ description: 'Epoch ms' }), restDuration: Type.Integer({ description: 'Requested rest, seconds' }) }),
      ),
    }),
  }),
  errors: ['0100002', '0101003'],
  async handler({ body, auth, services }) {
    if ((body.offset === undefined) !== (body.limit === undefined)) throw cmsFailure('invalidParameter', 'offset and limit go together');
    const engine = await cmsEngine(services, auth, body);
    const all = vdnWorkNos(engine);
    const chosen = body.limit === undefined ? all : all.slice(body.offset!, body.offset! + body.limit);
    const now = engine.now();
    const payload = { allowRestNum: 0, onRestNum: 0, waitRestNum: 0, agentsRestDetails: [] as Array<Record<string, unknown>> };
    for (const view of vdnAgents(engine, chosen)) {
      const rest = view.runtime && restState(view.runtime, now);
      if (!rest) continue;
      const resting = rest.status === 'resting';
      if (resting) payload.onRestNum += 1;
      else if (rest.status === 'allowed') payload.allowRestNum += 1;
      else payload.waitRestNum += 1;
      payload.agentsRestDetails.push({ agentName: view.config.userName, workNo: view.workNo, ...(resting ? {} : { cantRestReason: rest.cantRestCause }), beginTime: rest.beginMs, restDuration: rest.requestedSeconds });
    }
    return { resultDesc: payload };
  },
});
