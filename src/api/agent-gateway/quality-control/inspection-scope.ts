import { tenantWideScope, type InspectionScope, type TenantEngine } from '../../../engine/index.ts';
import { inspectionRelations } from '../../../services/inspection-relations/index.ts';
import type { ApiServices } from '../../services.ts';

/**
 * Whom the inspectors of a tenant may inspect. Loaded before the engine runs the command, because
 * the engine never reads the store: while the tenant has no inspection relation (§12.3.4.8) an
 * inspector inspects any agent of its tenant (decision 1203); once it has one, only the members of
 * the agent groups related to the inspector's group (decision 0821).
 */
export async function inspectionScope(services: ApiServices, engine: TenantEngine): Promise<InspectionScope> {
  const relations = await inspectionRelations(services.repos, engine.vdnId);
  if (!relations.restricted) return tenantWideScope;
  return { mayInspect: relations.mayInspect, inspectorsMayBeInspected: tenantWideScope.inspectorsMayBeInspected };
}
