import { Type } from '@sinclair/typebox';
import { vdnAgents, vdnWorkNos } from '../../../engine/index.ts';
import { cmsReturnCodeEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { cmsEngine, secondsSince } from '../realtime-request.ts';
import { unused } from './agent-request.ts';

const digits = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '^[0-9]+$' });

/**
 * CEC §12.3.1.3.13 (ref L58726–L58830): the VDN's agents (every configured one, ascending) whose
 * CTI status is `status` (all without it), paged; envelope C. `ccId` and `vdn` are strings here
 * (Table 12-507); their ranges are the family's.
 */
export const agentsByStatus = defineEndpoint({
  section: '12.3.1.3.13',
  name: 'vdn/queryAgentByStatus',
  summary: 'Querying agent information by agent status in pagination mode',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/vdn/queryAgentByStatus',
  auth: 'C2-any',
  envelope: cmsReturnCodeEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({
    ccId: digits(25),
    vdn: digits(4),
    status: Type.Optional(Type.String({ pattern: '^([0-9]|10)$', description: 'CTI status, §12.3.8.3' })),
    offset: Type.Integer({ minimum: 0, maximum: 2147483647 }),
    limit: Type.Integer({ minimum: 1, maximum: 1000 }),
  }),
  response: Type.Object({ data: Type.Array(Type.Object({ agentId: Type.Integer(), locationId: Type.Integer(), currentStateTime: Type.Integer(), currentState: Type.Integer() })) }),
  errors: ['1', '0101003'],
  async handler({ body, auth, services }) {
    const engine = await cmsEngine(services, auth, { ccId: Number(body.ccId), vdn: Number(body.vdn) });
    const now = engine.now();
    const status = body.status === undefined ? undefined : Number(body.status);
    const matching = vdnAgents(engine, vdnWorkNos(engine)).filter((view) => status === undefined || view.ctiState === status);
    return {
      data: matching.slice(body.offset, body.offset + body.limit).map((view) => ({ agentId: view.workNo, locationId: unused, currentStateTime: secondsSince(view.stateSinceMs, now), currentState: view.ctiState })),
    };
  },
});
