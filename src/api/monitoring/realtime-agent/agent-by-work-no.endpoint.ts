import { Type } from '@sinclair/typebox';
import { cmsAgentStatus } from '../../../domain/monitoring/index.ts';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { agentIdSchema, cmsEngine, secondsSince, vdnBody } from '../realtime-request.ts';
import { agentAsked, neverSignedInMs } from './agent-request.ts';

/** Media type of a signed-in agent's calls: voice (Table 12-695); 0 for one not signed in, as in the example. */
const voice = 5;

/**
 * CEC §12.3.1.3.7 (ref L57987–L58100): one agent's CTI status (the field is spelled `citStatus`),
 * CMS status (Table 12-482), name, phone (null when not signed in) and sign-in time.
 */
export const agentByWorkNo = defineEndpoint({
  section: '12.3.1.3.7',
  name: 'agent/agentbyworkno',
  summary: 'Querying details of a specified agent',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/agent/agentbyworkno',
  auth: 'C2-any',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: vdnBody({ agentId: agentIdSchema }),
  response: Type.Object({
    resultDesc: Type.Object({
      workNo: Type.Integer(),
      vdnId: Type.Integer(),
      citStatus: Type.Integer({ description: 'CTI status, §12.3.8.3' }),
      name: Type.String(),
      phoneNumber: Type.Union([Type.String(), Type.Null()]),
      loginDate: Type.Integer({ description: 'Epoch ms; 4294967295000 when not signed in' }),
      currentStateTime: Type.Integer({ description: 'Seconds' }),
      mediaType: Type.Integer(),
      status: Type.Integer({ description: 'CMS status, Table 12-482' }),
    }),
  }),
  errors: ['0100002', '0101003'],
  async handler({ body, auth, services }) {
    const engine = await cmsEngine(services, auth, body);
    const view = agentAsked(engine, body.agentId);
    const runtime = view.runtime;
    return {
      resultDesc: {
        workNo: view.workNo,
        vdnId: engine.vdnId,
        citStatus: view.ctiState,
        name: view.config.userName,
        phoneNumber: runtime ? runtime.options.phonenum : null,
        loginDate: runtime?.loginTimeMs ?? neverSignedInMs,
        currentStateTime: secondsSince(view.stateSinceMs, engine.now()),
        mediaType: runtime ? voice : 0,
        status: cmsAgentStatus(view.ctiState),
      },
    };
  },
});
