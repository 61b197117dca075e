import { relationGraph } from '../../domain/inspection-groups/index.ts';
import type { Repositories } from '../../store/index.ts';

/** Whom the inspectors of one tenant may inspect; `restricted` is false while no relation exists. */
export interface InspectionRelations {
  readonly restricted: boolean;
  mayInspect(inspectorWorkNo: number, targetWorkNo: number): boolean;
  /** The work numbers the inspector may inspect, ascending; null when unrestricted (every agent). */
  inspectable(inspectorWorkNo: number): number[] | null;
}

const unrestricted: InspectionRelations = { restricted: false, mayInspect: () => true, inspectable: () => null };

/**
 * The inspection relations of a tenant (§12.3.4.8), loaded once so that the real-time inspection
 * of §12.1 can ask synchronously inside the engine (decision 0821): with relations configured, an
 * inspector inspects only the members of the agent groups its inspector group is related to.
 */
export async function inspectionRelations(repos: Repositories, vdnId: number): Promise<InspectionRelations> {
  const relations = await repos.inspectionGroups.listRelations(vdnId);
  if (relations.length === 0) return unrestricted;
  const graph = relationGraph(await repos.inspectionGroups.listMembersOfVdn(vdnId), relations)!;
  return { restricted: true, mayInspect: graph.mayInspect, inspectable: graph.inspectable };
}

/** Which agents inspector `inspectorWorkNo` may inspect: null means every agent of the tenant. */
export async function inspectableAgents(repos: Repositories, vdnId: number, inspectorWorkNo: number): Promise<number[] | null> {
  return (await inspectionRelations(repos, vdnId)).inspectable(inspectorWorkNo);
}
