import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { signedInEngine } from '../agent-context.ts';
import { flowControlled } from '../flow-control.ts';
import { queryFailure } from '../gateway-errors.ts';
import { AgentIdParams } from '../gateway-schemas.ts';

/**
 * CEC §5.2.7 agentvdsnskill (ref L4650–4778; the path's spelling is the reference's): every skill
 * queue of the agent's VDN with its service type and real/virtual flag, from the configuration.
 * A VDN without skills is 600-005. Clients call it `agentvdnskill` (after the method name
 * querySkillQueueOnAgentVDN), so that spelling is served too.
 */
export const querySkillQueueOnAgentVdn = flowControlled(defineEndpoint({
  section: '5.2.7',
  name: 'querySkillQueueOnAgentVDN',
  summary: "Obtaining the skill queue information of the agent's home VDN",
  method: 'GET',
  path: '/agentgateway/resource/queuedevice/{agentid}/agentvdsnskill',
  pathAliases: ['/agentgateway/resource/queuedevice/{agentid}/agentvdnskill'],
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: Type.Object({
    result: Type.Array(Type.Object({ name: Type.String(), id: Type.Integer(), mediatype: Type.Integer(), serviceType: Type.Integer(), realFlag: Type.Integer({ description: '1 real, 0 virtual queue' }) })),
  }),
  errors: ['000-002', '100-006', '100-007', '600-005'],
  async handler({ request, services }) {
    const { engine } = signedInEngine(request);
    const skills = await services.repos.skills.listAll(engine.vdnId);
    if (skills.length === 0) throw queryFailure('600-005', `VDN ${engine.vdnId} has no skill queue`);
    const result = [...skills]
      .sort((a, b) => a.skillId - b.skillId)
      .map((s) => ({ name: s.name, id: s.skillId, mediatype: s.mediaTypeId, serviceType: s.serviceType, realFlag: s.realFlag }));
    return { message: '', result };
  },
}));

/**
 * CEC §5.2.10 ivrinfo (ref L5047–5139): the IVR flows of the agent's VDN (access code, flow ID,
 * description, service number); the table's "int" result is the list of the example (note 01
 * §9.4 item 27). A VDN without flows is 600-004.
 */
export const queryIvrInfoOnVdn = flowControlled(defineEndpoint({
  section: '5.2.10',
  name: 'queryIVRInfoOnVdn',
  summary: 'Querying the IVR information of the VDN to which an agent belongs',
  method: 'GET',
  path: '/agentgateway/resource/queuedevice/{agentid}/ivrinfo',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: Type.Object({ result: Type.Array(Type.Object({ access: Type.String(), id: Type.Integer(), description: Type.String(), serviceNo: Type.Integer() })) }),
  errors: ['000-002', '100-006', '100-007', '600-004'],
  async handler({ request, services }) {
    const { engine } = signedInEngine(request);
    const flows = await services.repos.ivr.listFlows(engine.vdnId);
    if (flows.length === 0) throw queryFailure('600-004', `VDN ${engine.vdnId} has no IVR flow`);
    const result = [...flows].sort((a, b) => a.flowId - b.flowId).map((f) => ({ access: f.accessCode, id: f.flowId, description: f.description, serviceNo: f.serviceNo }));
    return { message: 'success', result };
  },
}));
