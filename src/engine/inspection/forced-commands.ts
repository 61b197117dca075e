import type { ForcedWorkRequest } from '../../domain/agent/index.ts';
import type { EngineCore } from '../core/index.ts';
import { fail, ok, type AgentRuntime, type Result } from '../core/index.ts';
import { leaveQueue } from '../routing/index.ts';
import { endCall, instantOperation, LeaveReason, OpType, ReleaseCause } from '../records/index.ts';
import { stopIvr } from '../ivr/index.ts';
import { requestWork, type WorkParams } from '../agent-state/index.ts';
import { agentsOn, finishAgentLeg } from '../calls/index.ts';
import { configuredSkillIds, resetSkills, signOut } from '../sessions/index.ts';
import { inspectedAgent, inspectorOf, type InspectionRequest, type InspectionScope } from './inspection-scope.ts';

/**
 * The inspector's forced commands (§12.1.5–12.1.9, §12.1.11). The agent's state moves through the
 * same work-state table as its own interfaces, with the events it would hear for them (note 07
 * §5.A.3), whatever state it is in: the forced request is decided for the agent, never refused.
 * The journal records the inspector's act (Table 12-702 ops 29, 30, 31, object the agent) and the
 * agent's new interval (busy cause 3 "forced to indicate busy", rest with the reason given).
 */

function forcedWork(engine: EngineCore, target: AgentRuntime, request: ForcedWorkRequest, params: WorkParams = {}): Result<null> {
  const result = requestWork(engine, target.workNo, request, params);
  // The table never refuses a forced request; a refusal would be the platform's, not the request's.
  return result.ok ? result : fail('QcNoProvider', result.rejection.detail);
}

function recordInspectorAct(engine: EngineCore, inspector: AgentRuntime, opType: number, target: AgentRuntime): void {
  instantOperation(engine, inspector, { opType, opCause: -1, opObject: String(target.workNo), callId: '', skillId: null });
}

/** CEC §12.1.5 forcebusy: idle, wrap-up or rest → busy (a rest is cancelled first); busy stays; in a call → pre-busy. */
export function forceBusy(engine: EngineCore, request: InspectionRequest): Result<null> {
  const checked = inspectedAgent(engine, request, 'QcUnavailable');
  if (!checked.ok) return checked;
  const { inspector, target } = checked.value;
  recordInspectorAct(engine, inspector, OpType.forcedBusy, target);
  return forcedWork(engine, target, 'forceBusy', { busyReason: 0, busyOpCause: 3 });
}

/** CEC §12.1.6 forceidle: busy, rest or wrap-up → idle; idle stays; in a call → a pending busy or rest is dropped. */
export function forceIdle(engine: EngineCore, request: InspectionRequest): Result<null> {
  const checked = inspectedAgent(engine, request, 'QcUnavailable');
  if (!checked.ok) return checked;
  const { inspector, target } = checked.value;
  recordInspectorAct(engine, inspector, OpType.forcedIdle, target);
  return forcedWork(engine, target, 'forceIdle');
}

/** CEC §12.1.11 forcerest/{time}/{reason}: rest for `time` s with `reason`, restarted when resting; in a call → pre-rest. */
export function forceRest(engine: EngineCore, request: InspectionRequest, rest: { seconds: number; reason: number }): Result<null> {
  const checked = inspectedAgent(engine, request, 'QcUnavailable');
  if (!checked.ok) return checked;
  return forcedWork(engine, checked.value.target, 'forceRest', { restSeconds: rest.seconds, restCause: rest.reason });
}

/**
 * CEC §12.1.7 forcelogout: the agent is signed out whatever it does; its calls end first (the
 * journal's sign-out cause 257 "forced by a QC inspector") and its GUID is no longer valid.
 */
export function forceSignOut(engine: EngineCore, request: InspectionRequest): Result<null> {
  const checked = inspectedAgent(engine, request, 'QcUnavailable');
  if (!checked.ok) return checked;
  const { inspector, target } = checked.value;
  recordInspectorAct(engine, inspector, OpType.forcedSignOut, target);
  return signOut(engine, target.workNo, 'inspector');
}

/**
 * CEC §12.1.8 forcedropcall/{callid}: the whole call is released, wherever it is (IVR, queue,
 * ringing, talking), every agent on it hearing the other side leave (decision 1204). A call of
 * another tenant is not found (900-003); one with an agent out of the inspector's scope is 900-002.
 */
export function forceReleaseCall(engine: EngineCore, request: { inspectorWorkNo: number; callId: string; scope: InspectionScope }): Result<null> {
  const inspector = inspectorOf(engine, request.inspectorWorkNo);
  if (!inspector.ok) return inspector;
  const call = engine.calls.get(request.callId);
  if (!call) return fail('QcUnavailable', `call ${request.callId} is not in progress`);
  const agents = agentsOn(engine, call);
  const outOfScope = agents.find((a) => a.workNo !== request.inspectorWorkNo && !request.scope.mayInspect(request.inspectorWorkNo, a.workNo));
  if (outOfScope) return fail('QcNoPermission', `agent ${outOfScope.workNo} is not in the inspector's scope`);
  stopIvr(engine, call);
  leaveQueue(engine, call, null);
  endCall(engine, call, ReleaseCause.normal, LeaveReason.agentReleased);
  for (const agent of agents) finishAgentLeg(engine, agent, call, 'system');
  engine.output.fact('forceReleased', { callId: request.callId, inspector: request.inspectorWorkNo });
  return ok(null);
}

/**
 * CEC §12.1.9 adjustskill: the agent now serves exactly `skillIds` (like its own resetskill,
 * 6.1.1.8; its configured skills are not changed). A skill the tenant lacks or the agent is not
 * configured for is a parameter error, 100-001 (ref L42132).
 */
export function adjustSkills(engine: EngineCore, request: InspectionRequest, skillIds: readonly number[]): Result<number[]> {
  const checked = inspectedAgent(engine, request, 'QcUnavailable');
  if (!checked.ok) return checked;
  const { target } = checked.value;
  const configured = new Set(configuredSkillIds(engine, target));
  const foreign = skillIds.find((id) => !configured.has(id));
  if (foreign !== undefined) return fail('SignInParameterInvalid', `skill ${foreign} is not a skill queue of agent ${target.workNo}`);
  return resetSkills(engine, target.workNo, { all: false, skillIds });
}
