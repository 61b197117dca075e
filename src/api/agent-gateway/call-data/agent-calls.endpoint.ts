import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { callIdsOf } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { parseAgentId } from '../c4-guard.ts';
import { signedInEngine } from '../agent-context.ts';
import { flowControlled } from '../flow-control.ts';
import { queryFailure } from '../gateway-errors.ts';
import { AgentIdParams } from '../gateway-schemas.ts';
import { AgentAndWorkNoParams } from './call-data-schemas.ts';

/**
 * CEC §6.1.3.7 allcallinfoEx (ref L12919–13006): the IDs of the calls an agent of the same VDN is
 * on, newest first as in the example. An agent may always list its own calls; another agent's
 * need the inspector role (900-002, "no permission during quality check"; note 02 §5.6); a work
 * number outside the VDN is 100-011. An agent of the VDN that is not signed in has no calls.
 */
export const queryAllCallInfoByAgentWorkNoEx = flowControlled(defineEndpoint({
  section: '6.1.3.7',
  name: 'queryAllCallInfoByAgentWorkNoEx',
  summary: 'Querying call IDs of a specified agent',
  method: 'GET',
  path: '/agentgateway/resource/calldata/{agentid}/allcallinfoEx/{workno}',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentAndWorkNoParams,
  response: Type.Object({ result: Type.Array(Type.String()) }),
  errors: ['000-002', '100-006', '100-007', '100-011', '900-002'],
  handler({ params, request }) {
    const { engine, agent } = signedInEngine(request);
    const target = parseAgentId(params.workno);
    if (target === undefined) throw queryFailure('000-002', 'workno must be a work number from 101 to 59999');
    if (!engine.config.agents.has(target)) throw queryFailure('100-011', `agent ${target} is not in the VDN of agent ${agent.workNo}`);
    if (target !== agent.workNo && agent.config.ccRoleId !== 3) throw queryFailure('900-002', "only an inspector may list another agent's calls");
    const subject = engine.agents.get(target);
    return { message: '', result: subject ? callIdsOf(subject) : [] };
  },
}));

/** CEC §6.1.3.8 callnums (ref L13007–13085): how many calls the agent is on, as an integer (the example's `1`). */
export const queryCallNumsOnAgent = flowControlled(defineEndpoint({
  section: '6.1.3.8',
  name: 'queryCallNumsOnAgent',
  summary: 'Querying the number of current calls of an agent',
  method: 'GET',
  path: '/agentgateway/resource/calldata/{agentid}/callnums',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: Type.Object({ result: Type.Integer() }),
  errors: ['000-002', '100-006'],
  handler({ request }) {
    const { agent } = signedInEngine(request);
    return { message: '', result: agent.legs.size };
  },
}));
