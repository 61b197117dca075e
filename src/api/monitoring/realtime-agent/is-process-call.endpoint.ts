import { Type } from '@sinclair/typebox';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { agentIdSchema, cmsEngine, vdnBody } from '../realtime-request.ts';
import { agentAsked } from './agent-request.ts';

/** CEC §12.3.1.3.9 (ref L58249–L58327): whether the agent is on a call (ringing, dialling, talking or holding). */
export const isProcessCall = defineEndpoint({
  section: '12.3.1.3.9',
  name: 'calldata/isprocesscall',
  summary: 'Checking whether an agent is processing a call',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/calldata/isprocesscall',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: vdnBody({ agentId: agentIdSchema }),
  response: Type.Object({ resultDesc: Type.Boolean() }),
  errors: ['0100002', '0101003'],
  async handler({ body, auth, services }) {
    const view = agentAsked(await cmsEngine(services, auth, body), body.agentId);
    return { resultDesc: (view.runtime?.legs.size ?? 0) > 0 };
  },
});
