import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { currentCallLeg, type AgentRuntime, type TenantEngine } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import type { ApiServices } from '../../services.ts';
import { signedInEngine } from '../agent-context.ts';
import { flowControlled } from '../flow-control.ts';
import { AgentIdParams } from '../gateway-schemas.ts';
import { callInfoSchema, isTrue } from './call-data-schemas.ts';
import { callInfoObject, endedCallFacts, liveCallFacts } from './call-info-view.ts';
import { deviceTrace, inVisitOrder, visitBefore } from './device-trace-view.ts';

/**
 * CEC §6.1.3.1 callinfo (ref L12096–12342): the agent's current call with the trace of its visit
 * (HWCallDeviceTraceEx). When the agent has no call, `isNoContainLastCall=true` asks for the last
 * call it had; the flag's name reads the other way, but its description decides (note 02 §8.5
 * item 45). With no call to report the result is null (note 02 §5.6).
 */
export const queryCallInfo = flowControlled(defineEndpoint({
  section: '6.1.3.1',
  name: 'queryCallInfo',
  summary: 'Querying call information (current call, or the last one)',
  method: 'GET',
  path: '/agentgateway/resource/calldata/{agentid}/callinfo?isNoContainLastCall={isNoContainLastCall}',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  query: Type.Object({ isNoContainLastCall: Type.Optional(Type.String({ description: 'true: report the last call when there is no current one' })) }),
  response: Type.Object({ result: Type.Union([callInfoSchema('orgcallednum', true), Type.Null()]) }),
  errors: ['000-002', '100-006'],
  async handler({ query, request, services }) {
    const { engine, agent } = signedInEngine(request);
    const current = await currentCallInfo(services, engine, agent);
    if (current) return { message: '', result: current };
    const last = isTrue(query.isNoContainLastCall) ? await lastCallInfo(services, engine, agent) : null;
    return { message: '', result: last };
  },
}));

async function currentCallInfo(services: ApiServices, engine: TenantEngine, agent: AgentRuntime): Promise<Record<string, unknown> | null> {
  const leg = currentCallLeg(agent);
  const call = leg && engine.calls.get(leg.callId);
  if (!leg || !call) return null;
  // The facts are read at once, before the store is consulted for the visit before the agent's.
  const facts = liveCallFacts(engine, call, leg);
  const visit = { ...leg.cdr };
  const legState = leg.state;
  await services.cti.records.flushed();
  const rows = await services.repos.ctiRecords.cdrsOfCall(engine.vdnId, call.callId);
  return callInfoObject(facts, 'orgcallednum', deviceTrace(visit, visitBefore(rows, visit.id), engine.vdnId, { kind: 'current', legState }));
}

/**
 * The last call, from the agent's CDR row of it (the engine keeps only the call's id once the
 * agent has left it); when the call goes on without the agent (survey, another agent) its live
 * facts are used.
 */
async function lastCallInfo(services: ApiServices, engine: TenantEngine, agent: AgentRuntime): Promise<Record<string, unknown> | null> {
  const callId = agent.lastCallId;
  if (!callId) return null;
  const live = engine.calls.get(callId);
  const liveFacts = live ? liveCallFacts(engine, live, undefined) : undefined;
  await services.cti.records.flushed();
  const rows = inVisitOrder(await services.repos.ctiRecords.cdrsOfCall(engine.vdnId, callId));
  const agentRow = rows.filter((row) => row.deviceType === 2 && row.agentId === String(agent.workNo)).at(-1);
  if (!agentRow) return null;
  const facts = endedCallFacts(engine, rows, agentRow);
  if (liveFacts) Object.assign(facts, { callData: liveFacts.callData, priority: liveFacts.priority, origCalled: liveFacts.origCalled, mediaAbility: liveFacts.mediaAbility });
  return callInfoObject(facts, 'orgcallednum', deviceTrace(agentRow, visitBefore(rows, agentRow.id), engine.vdnId, { kind: 'last' }));
}
