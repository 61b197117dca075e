import type { ApiEndpoint } from '../define-endpoint.ts';
import { applyTenantEndpoint } from './apply-tenant.endpoint.ts';
import { generateVerifyCodeEndpoint } from './generate-verify-code.endpoint.ts';

/** CEC §17.2 and §17.3: the one-click trial (decisions 1506, 1507). */
export const trialEndpoints: readonly ApiEndpoint[] = [generateVerifyCodeEndpoint, applyTenantEndpoint];
