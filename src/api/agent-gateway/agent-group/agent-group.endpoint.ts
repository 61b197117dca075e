import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { agentsSignedInTo } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { parseAgentId } from '../c4-guard.ts';
import { signedInEngine } from '../agent-context.ts';
import { flowControlled } from '../flow-control.ts';
import { queryFailure } from '../gateway-errors.ts';
import { AgentIdParams } from '../gateway-schemas.ts';
import { AgentAndSkillParams, AgentAndWorkNoParams } from '../call-data/call-data-schemas.ts';
import { gwAgentInfo, gwAgentInfoSchema } from './gw-agent-info.ts';

/**
 * CEC §5.2.11 agentbyskill (ref L5140–5264): the agents signed in to a skill of the VDN, except
 * those whose talk right is off (6.1.1.22: they "reject inbound calls", ref L5152). None is
 * 300-002. The caller's own talk right is not checked (decision 0604).
 */
export const queryAgentInfoBySkillId = flowControlled(defineEndpoint({
  section: '5.2.11',
  name: 'queryAgentInfoBySkillId',
  summary: 'Querying information about agents that have signed in to a skill queue',
  method: 'GET',
  path: '/agentgateway/resource/agentgroup/{agentid}/agentbyskill/{skillid}',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentAndSkillParams,
  response: Type.Object({ result: Type.Array(gwAgentInfoSchema('callids')) }),
  errors: ['000-002', '100-006', '100-007', '300-002'],
  handler({ params, request }) {
    const { engine } = signedInEngine(request);
    const agents = agentsSignedInTo(engine, params.skillid).filter((a) => a.talkRight);
    if (agents.length === 0) throw queryFailure('300-002', `no agent answering calls is signed in to skill ${params.skillid}`);
    return { message: '', result: agents.map((a) => gwAgentInfo(engine, a.config, a, { skilllist: false, callsKey: 'callids' })) };
  },
}));

/**
 * CEC §5.2.12 agentbyworkno (ref L5265–5432): one agent of the caller's VDN with its skill list,
 * under the example's `calls` key. An agent of the VDN that is not signed in is reported signed out
 * (status 2, CTI status 0); a work number outside the VDN is 300-002 (decision 0604).
 */
export const queryAgentInfoByWorkNo = flowControlled(defineEndpoint({
  section: '5.2.12',
  name: 'queryAgentInfoByWorkNo',
  summary: 'Querying the details about a specified agent',
  method: 'GET',
  path: '/agentgateway/resource/agentgroup/{agentid}/agentbyworkno/{workno}',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentAndWorkNoParams,
  response: Type.Object({ result: gwAgentInfoSchema('calls') }),
  errors: ['000-002', '100-006', '100-007', '300-002'],
  handler({ params, request }) {
    const { engine } = signedInEngine(request);
    const target = parseAgentId(params.workno);
    if (target === undefined) throw queryFailure('000-002', 'workno must be a work number from 101 to 59999');
    const config = engine.config.agents.get(target);
    if (!config) throw queryFailure('300-002', `agent ${target} is not in this VDN`);
    return { message: '', result: gwAgentInfo(engine, config, engine.agents.get(target), { skilllist: true, callsKey: 'calls' }) };
  },
}));

/**
 * CEC §5.2.13 allonlineagents (ref L5433–5611): the signed-in agents of the VDN grouped by skill
 * queue, in skill order; an agent signed in to two skills appears under both (ref L5560, L5586).
 * Skills nobody is signed in to are left out; a VDN without skills is 600-005.
 */
export const queryAllOnlineAgents = flowControlled(defineEndpoint({
  section: '5.2.13',
  name: 'queryAllOnlineAgents',
  summary: 'Querying the details about all online agents that have signed in to a skill queue',
  method: 'GET',
  path: '/agentgateway/resource/agentgroup/{agentid}/allonlineagents',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: Type.Object({ result: Type.Array(Type.Object({ skillId: Type.Integer(), agent: Type.Array(gwAgentInfoSchema('callids')), skillMediaType: Type.Integer() })) }),
  errors: ['000-002', '100-006', '100-007', '600-005'],
  handler({ request }) {
    const { engine } = signedInEngine(request);
    if (engine.config.skills.size === 0) throw queryFailure('600-005', `VDN ${engine.vdnId} has no skill queue`);
    const result: Record<string, unknown>[] = [];
    for (const skill of [...engine.config.skills.values()].sort((a, b) => a.skillId - b.skillId)) {
      const agents = agentsSignedInTo(engine, skill.skillId);
      if (agents.length === 0) continue;
      result.push({ skillId: skill.skillId, agent: agents.map((a) => gwAgentInfo(engine, a.config, a, { skilllist: false, callsKey: 'callids' })), skillMediaType: skill.mediaTypeId });
    }
    return { message: 'success', result };
  },
}));
