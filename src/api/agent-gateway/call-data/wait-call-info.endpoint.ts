import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { waitingCalls } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { signedInEngine } from '../agent-context.ts';
import { flowControlled } from '../flow-control.ts';
import { AgentAndSkillParams, callInfoSchema } from './call-data-schemas.ts';
import { callInfoObject, liveCallFacts } from './call-info-view.ts';

/**
 * CEC §6.1.3.11 waitcallinfo (ref L13327–13475): the calls waiting in a skill queue of the
 * agent's VDN, in the order the ACD serves them (priority, then arrival). `begintime` is when the
 * call arrived and `waitTime` the seconds it has waited. The prerequisite "the agent is not
 * idle" is not enforced (note 02 §8.5 item 47); an unknown or empty queue gives an empty list.
 */
export const queryWaitCallInfoBySkillId = flowControlled(defineEndpoint({
  section: '6.1.3.11',
  name: 'queryWaitCallInfoBySkillId',
  summary: 'Querying information about calls waiting in a specified skill queue',
  method: 'GET',
  path: '/agentgateway/resource/calldata/{agentid}/waitcallinfo/{skillid}',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentAndSkillParams,
  response: Type.Object({ result: Type.Array(callInfoSchema('orgcallednum', false)) }),
  errors: ['000-002', '100-006', '100-007'],
  handler({ params, request }) {
    const { engine } = signedInEngine(request);
    return { message: '', result: waitingCalls(engine, params.skillid).map((call) => callInfoObject(liveCallFacts(engine, call, undefined), 'orgcallednum', null)) };
  },
}));
