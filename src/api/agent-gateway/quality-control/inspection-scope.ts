import { tenantWideScope, type InspectionScope, type TenantEngine } from '../../../engine/index.ts';
import type { ApiServices } from '../../services.ts';

/**
 * Whom the inspectors of a tenant may inspect. Loaded before the engine runs the command, because
 * the engine never reads the store: the inspection relations of §12.3.4 (inspector groups → the
 * agent groups they inspect) will answer here once they exist; until then an inspector inspects
 * any agent of its tenant (decision 1203).
 */
export async function inspectionScope(_services: ApiServices, _engine: TenantEngine): Promise<InspectionScope> {
  return tenantWideScope;
}
