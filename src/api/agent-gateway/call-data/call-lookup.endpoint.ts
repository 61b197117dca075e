import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { legsInState } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { signedInEngine } from '../agent-context.ts';
import { flowControlled } from '../flow-control.ts';
import { queryFailure } from '../gateway-errors.ts';
import { AgentIdParams } from '../gateway-schemas.ts';
import { AgentAndCallParams, callInfoSchema } from './call-data-schemas.ts';
import { callInfoObject, liveCallFacts } from './call-info-view.ts';
import { gatewayCallId } from '../call-id-param.ts';

/**
 * CEC §6.1.3.5 callinbeforeanswer (ref L12661–12788): the call ringing at the agent, before it
 * answers, as an object (the table's "list" is read as the example's object, note 02 §8.5 item
 * 43); the trace is reserved and null. With no ringing call the result is null, as for callinfo.
 */
export const queryCallInfoBeforeAnswer = flowControlled(defineEndpoint({
  section: '6.1.3.5',
  name: 'queryCallInfoBeforeAnswer',
  summary: 'Querying call information before answering a call',
  method: 'GET',
  path: '/agentgateway/resource/calldata/{agentid}/callinbeforeanswer',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: Type.Object({ result: Type.Union([callInfoSchema('orgcallednum', false), Type.Null()]) }),
  errors: ['000-002', '100-006'],
  handler({ request }) {
    const { engine, agent } = signedInEngine(request);
    const leg = legsInState(agent, 'alerting')[0];
    const call = leg && engine.calls.get(leg.callId);
    return { message: '', result: leg && call ? callInfoObject(liveCallFacts(engine, call, leg), 'orgcallednum', null) : null };
  },
}));

/**
 * CEC §6.1.3.6 callinfobycallid (ref L12789–12918): one of the agent's calls by its ID, with the
 * `orgicallednum` key of this interface's example (note 02 §8.5 item 42). A call the agent is not
 * on is 100-007, the interface's documented failure (decision 0602).
 */
export const queryCallInfoByCallId = flowControlled(defineEndpoint({
  section: '6.1.3.6',
  name: 'queryCallInfoByCallId',
  summary: 'Querying call information by call ID',
  method: 'GET',
  path: '/agentgateway/resource/calldata/{agentid}/callinfobycallid/{callid}',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentAndCallParams,
  response: Type.Object({ result: callInfoSchema('orgicallednum', false) }),
  errors: ['000-002', '100-006', '100-007'],
  handler({ params, request }) {
    const { engine, agent } = signedInEngine(request);
    const callId = gatewayCallId(engine, agent.workNo, params.callid);
    const leg = agent.legs.get(callId);
    const call = leg && engine.calls.get(callId);
    if (!leg || !call) throw queryFailure('100-007', `the agent has no call ${params.callid}`);
    return { message: '', result: callInfoObject(liveCallFacts(engine, call, leg), 'orgicallednum', null) };
  },
}));
