import { Type } from '@sinclair/typebox';
import { vdnAgents, vdnWorkNos } from '../../../engine/index.ts';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { cmsEngine, vdnBody } from '../realtime-request.ts';

/**
 * CEC §12.3.1.3.10 (ref L58329–L58433): busy (CTI 7), talking (5), idle (1) and signed-in agents
 * among one page of the VDN's agents, by ascending work number (the page first, ref L58394).
 */
export const systemState = defineEndpoint({
  section: '12.3.1.3.10',
  name: 'agentgroup/systemstate',
  summary: 'Querying system status by agent',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/agentgroup/systemstate',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: vdnBody({ offset: Type.Integer({ minimum: 0, maximum: 2147483647 }), limit: Type.Integer({ minimum: 1, maximum: 100 }) }),
  response: Type.Object({ resultDesc: Type.Object({ busyAgent: Type.Integer(), talkingNum: Type.Integer(), idleAgent: Type.Integer(), totalLoginAgent: Type.Integer() }) }),
  errors: ['0100002', '0101003'],
  async handler({ body, auth, services }) {
    const engine = await cmsEngine(services, auth, body);
    const counts = { busyAgent: 0, talkingNum: 0, idleAgent: 0, totalLoginAgent: 0 };
    for (const { ctiState } of vdnAgents(engine, vdnWorkNos(engine).slice(body.offset, body.offset + body.limit))) {
      if (ctiState === 0) continue;
      counts.totalLoginAgent += 1;
      if (ctiState === 7) counts.busyAgent += 1;
      else if (ctiState === 5) counts.talkingNum += 1;
      else if (ctiState === 1) counts.idleAgent += 1;
    }
    return { resultDesc: counts };
  },
});
