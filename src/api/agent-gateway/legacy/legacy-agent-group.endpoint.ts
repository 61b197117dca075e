import { Type } from '@sinclair/typebox';
import type { AgentConfig, TenantEngine } from '../../../engine/index.ts';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { signedInEngine } from '../agent-context.ts';
import { parseAgentId } from '../c4-guard.ts';
import { flowControlled } from '../flow-control.ts';
import { queryFailure } from '../gateway-errors.ts';
import { AgentIdParams } from '../gateway-schemas.ts';
import { AgentAndWorkNoParams } from '../call-data/call-data-schemas.ts';
import { gwAgentInfo, gwAgentInfoSchema } from '../agent-group/gw-agent-info.ts';

/**
 * Pre-2.5 agent-group queries (docs/extensions.md), mapped onto the 5.2.11–5.2.13 agent item.
 * OpenCEC has no agent groups (decision 0604: `groupid` 0), so a tenant is one group.
 */

const AgentList = Type.Object({ result: Type.Array(gwAgentInfoSchema('callids')) });

function items(engine: TenantEngine, configs: Iterable<AgentConfig>) {
  return [...configs].sort((a, b) => a.workNo - b.workNo).map((config) => gwAgentInfo(engine, config, engine.agents.get(config.workNo), { skilllist: false, callsKey: 'callids' }));
}

function signedInConfigs(engine: TenantEngine): AgentConfig[] {
  return [...engine.agents.values()].map((agent) => agent.config);
}

/** The tenant's signed-in agents, each once (5.2.13 lists them per skill). */
export const legacyOnlineAgentOnVdn = flowControlled(defineEndpoint({
  section: 'ext.legacy.onlineagentonvdn',
  name: 'onlineagentonvdn',
  summary: 'Signed-in agents of the VDN (pre-2.5 client route)',
  method: 'GET',
  path: '/agentgateway/resource/agentgroup/{agentid}/onlineagentonvdn',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: AgentList,
  errors: ['100-006', '100-007'],
  handler({ request }) {
    const { engine } = signedInEngine(request);
    return { message: 'success', result: items(engine, signedInConfigs(engine)) };
  },
}));

/** Every agent of the tenant, signed in or not (signed-out agents report status 2, CTI status 0). */
export const legacyAllAgentStatus = flowControlled(defineEndpoint({
  section: 'ext.legacy.allagentstatus',
  name: 'allagentstatus',
  summary: 'Status of every agent of the VDN (pre-2.5 client route)',
  method: 'GET',
  path: '/agentgateway/resource/agentgroup/{agentid}/allagentstatus',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: AgentList,
  errors: ['100-006', '100-007'],
  handler({ request }) {
    const { engine } = signedInEngine(request);
    return { message: 'success', result: items(engine, engine.config.agents.values()) };
  },
}));

/** The signed-in agents of `workno`'s group: its tenant; a work number outside the tenant is 300-002. */
export const legacyGroupByAgent = flowControlled(defineEndpoint({
  section: 'ext.legacy.groupbyagent',
  name: 'groupbyagent',
  summary: "Signed-in agents of an agent's group (pre-2.5 client route)",
  method: 'GET',
  path: '/agentgateway/resource/agentgroup/{agentid}/groupbyagent/{workno}',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentAndWorkNoParams,
  response: AgentList,
  errors: ['000-002', '100-006', '100-007', '300-002'],
  handler({ params, request }) {
    const { engine } = signedInEngine(request);
    const target = parseAgentId(params.workno);
    if (target === undefined) throw queryFailure('000-002', 'workno must be a work number from 101 to 59999');
    if (!engine.config.agents.has(target)) throw queryFailure('300-002', `agent ${target} is not in this VDN`);
    return { message: 'success', result: items(engine, signedInConfigs(engine)) };
  },
}));
