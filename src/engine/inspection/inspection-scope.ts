import type { EngineCore } from '../core/index.ts';
import { fail, ok, type AgentRuntime, type Result } from '../core/index.ts';

/**
 * Whom an inspector may inspect, beyond "an agent of the same tenant" (§12.1: "The agent ID must
 * belong to the same VDN as the value of agentid", ref L41390). A port, so that the inspection
 * relations of §12.3.4 (inspector groups → inspected agent groups) can answer it once they are
 * configured; the engine never reads the store, so the caller loads what the port needs first.
 */
export interface InspectionScope {
  /** Whether the inspector may inspect the agent; both are agents of the tenant. */
  mayInspect(inspectorWorkNo: number, targetWorkNo: number): boolean;
  /**
   * The VDN parameter "Support QC on QC Inspectors" (§12.1 NOTE, ref L41358–41360); without it an
   * inspector cannot be inspected (900-010, ref L21464).
   */
  readonly inspectorsMayBeInspected: boolean;
}

/** No relations configured: every agent of the tenant, inspectors excepted (decision 1203). */
export const tenantWideScope: InspectionScope = { mayInspect: () => true, inspectorsMayBeInspected: false };

/** An inspector's request about one agent of its tenant. */
export interface InspectionRequest {
  inspectorWorkNo: number;
  targetWorkNo: number;
  scope: InspectionScope;
}

/** The inspector's role in the tenant file (docs/tenant-file.md `ccRoleId`, ref L2761). */
export const inspectorRoleId = 3;

export function isInspector(agent: AgentRuntime): boolean {
  return agent.config.ccRoleId === inspectorRoleId;
}

/** The signed-in inspector of a request (100-006 signed out, 900-002 not an inspector). */
export function inspectorOf(engine: EngineCore, workNo: number): Result<AgentRuntime> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the inspector has not signed in');
  if (!isInspector(agent)) return fail('QcNoPermission', `agent ${workNo} is not an inspector`);
  return ok(agent);
}

/**
 * The common checks of §12.1 on the inspected agent, in the order of note 07 §5.A.1: the caller is
 * an inspector; the agent is an agent of the same tenant (another tenant's work number reads as
 * unknown, so a tenant learns nothing of another) and signed in; it is not the inspector itself,
 * nor another inspector unless the VDN allows it; and the scope admits it. `missing` is the code
 * of an unknown or signed-out agent: 900-004 for the whisper interfaces, which list it (ref L42408).
 */
export function inspectedAgent(engine: EngineCore, request: InspectionRequest, missing: 'QcUnavailable' | 'QcNoAgentInfo'): Result<{ inspector: AgentRuntime; target: AgentRuntime }> {
  const inspector = inspectorOf(engine, request.inspectorWorkNo);
  if (!inspector.ok) return inspector;
  const workNo = request.targetWorkNo;
  const configured = engine.config.agents.get(workNo);
  if (!configured) return fail(missing === 'QcNoAgentInfo' ? missing : 'QcNoPermission', `agent ${workNo} is not an agent of the inspector's VDN`);
  const target = engine.agents.get(workNo);
  if (!target) return fail(missing, `agent ${workNo} has not signed in`);
  if (workNo === request.inspectorWorkNo) return fail('QcSelf', 'the agent to be inspected is the inspector');
  if (isInspector(target) && !request.scope.inspectorsMayBeInspected) return fail('QcTargetIsInspector', `agent ${workNo} is an inspector`);
  if (!request.scope.mayInspect(request.inspectorWorkNo, workNo)) return fail('QcNoPermission', `agent ${workNo} is not in the inspector's scope`);
  return ok({ inspector: inspector.value, target });
}
