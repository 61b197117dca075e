import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { waitingCount } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { signedInEngine } from '../agent-context.ts';
import { flowControlled } from '../flow-control.ts';
import { AgentIdParams } from '../gateway-schemas.ts';
import { AgentAndSkillParams } from '../call-data/call-data-schemas.ts';

/**
 * `result` is the count as an integer, as Tables 5-58, 5-61 and 5-68 type it; the examples' `{}`
 * is a placeholder that cannot carry a number (note 01 §9.4 item 24, decision 0603).
 */
const CountResult = Type.Object({ result: Type.Integer({ minimum: 0, description: 'Number of calls waiting' }) });

/** CEC §5.2.5 waitnum (ref L4495–4572): calls waiting in every skill configured for the agent. */
export const queryQueueLengthOnAgent = flowControlled(defineEndpoint({
  section: '5.2.5',
  name: 'queryQueueLengthOnAgent',
  summary: 'Obtaining the total number of users in the configured skill queues',
  method: 'GET',
  path: '/agentgateway/resource/queuedevice/{agentid}/waitnum',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: CountResult,
  errors: ['000-002', '100-006'],
  handler({ request }) {
    const { engine, agent } = signedInEngine(request);
    return { message: 'success', result: waitingCount(engine, agent.config.skills.map((s) => s.skillId)) };
  },
}));

/**
 * CEC §5.2.6 waitnumbyagent (ref L4573–4649): calls waiting in the skills the agent is signed in
 * to, which may be fewer than its configured ones (6.1.1.8 resetskill).
 */
export const queryQueueLengthOnAgentSkills = flowControlled(defineEndpoint({
  section: '5.2.6',
  name: 'queryQueueLengthOnAgentSkills',
  summary: 'Obtaining the number of users in the skill queues the agent has signed in to',
  method: 'GET',
  path: '/agentgateway/resource/queuedevice/{agentid}/waitnumbyagent',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: CountResult,
  errors: ['000-002', '100-006', '100-007'],
  handler({ request }) {
    const { engine, agent } = signedInEngine(request);
    return { message: 'success', result: waitingCount(engine, agent.signedInSkills) };
  },
}));

/** CEC §5.2.8 skillwaitnum (ref L4779–4855): calls waiting in one skill of the agent's VDN (0 for a skill it does not have). */
export const queryQueueLengthBySkillId = flowControlled(defineEndpoint({
  section: '5.2.8',
  name: 'queryQueueLengthBySkillId',
  summary: 'Obtaining the total number of users in a specified skill queue',
  method: 'GET',
  path: '/agentgateway/resource/queuedevice/{agentid}/skillwaitnum/{skillid}',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentAndSkillParams,
  response: CountResult,
  errors: ['000-002', '100-006'],
  handler({ params, request }) {
    const { engine } = signedInEngine(request);
    return { message: 'success', result: waitingCount(engine, [params.skillid]) };
  },
}));
