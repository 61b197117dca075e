import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { legsInState, type AgentRuntime, type TenantEngine } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { parseAgentId } from '../c4-guard.ts';
import { signedInEngine } from '../agent-context.ts';
import { flowControlled } from '../flow-control.ts';
import { queryFailure } from '../gateway-errors.ts';
import { AgentIdParams } from '../gateway-schemas.ts';
import { AgentAndWorkNoParams, HeldCallExSchema, HeldCallSchema } from './call-data-schemas.ts';
import { heldCallItem, heldCallItemEx, liveCallFacts, type CallFacts } from './call-info-view.ts';

/** The facts of an agent's held calls, most recently held first; none is 400-003 (note 02 §5.6). */
function heldCalls(engine: TenantEngine, agent: AgentRuntime | undefined): CallFacts[] {
  const facts: CallFacts[] = [];
  for (const leg of agent ? legsInState(agent, 'held') : []) {
    const call = engine.calls.get(leg.callId);
    if (call) facts.push(liveCallFacts(engine, call, leg));
  }
  if (facts.length === 0) throw queryFailure('400-003', agent ? `agent ${agent.workNo} holds no call` : 'the agent has not signed in');
  return facts;
}

/**
 * CEC §6.1.3.4 holdlist (ref L12535–12660): the calls the agent holds. The prerequisite "the
 * answering mode is non-automatic answering" is not enforced: holding does not depend on how the
 * call was answered (note 02 §8.5 item 47).
 */
export const queryHoldListInfo = flowControlled(defineEndpoint({
  section: '6.1.3.4',
  name: 'queryHoldListInfo',
  summary: 'Querying the list of held calls',
  method: 'GET',
  path: '/agentgateway/resource/calldata/{agentid}/holdlist',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: Type.Object({ result: Type.Array(HeldCallSchema) }),
  errors: ['000-002', '100-006', '300-001', '400-003'],
  handler({ request }) {
    const { engine, agent } = signedInEngine(request);
    return { message: '', result: heldCalls(engine, agent).map(heldCallItem) };
  },
}));

/**
 * CEC §6.1.3.12 holdlistex (ref L13476–13595): an inspector (role 3) queries the calls another
 * agent of its VDN holds (the result description copied from 6.1.3.11 is read as "held calls",
 * note 02 §8.5 item 48). Anyone else, or a work number outside the inspector's VDN, is refused
 * with 300-001; an agent of the VDN that holds nothing (or is not signed in) is 400-003.
 */
export const queryHoldListInfoEx = flowControlled(defineEndpoint({
  section: '6.1.3.12',
  name: 'queryHoldListInfoEx',
  summary: 'Querying all calls placed on hold by a specified agent (inspector)',
  method: 'GET',
  path: '/agentgateway/resource/calldata/{agentid}/holdlistex/{workno}',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentAndWorkNoParams,
  response: Type.Object({ result: Type.Array(HeldCallExSchema) }),
  errors: ['000-002', '100-006', '100-007', '300-001', '400-003'],
  handler({ params, request }) {
    const { engine, agent } = signedInEngine(request);
    const target = parseAgentId(params.workno);
    if (target === undefined) throw queryFailure('000-002', 'workno must be a work number from 101 to 59999');
    if (agent.config.ccRoleId !== 3) throw queryFailure('300-001', 'only an inspector may query the held calls of an agent');
    if (!engine.config.agents.has(target)) throw queryFailure('300-001', `agent ${target} is not in the inspector's VDN`);
    return { message: '', result: heldCalls(engine, engine.agents.get(target)).map(heldCallItemEx) };
  },
}));
