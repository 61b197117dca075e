import type { ApiEndpoint } from './define-endpoint.ts';
import { authEndpoints } from './auth/index.ts';
import { monitoringEndpoints } from './monitoring/index.ts';

/**
 * Every interface the server implements, family by family, in one readable list (STYLE rule 9).
 * docs/coverage.md, the OpenAPI document and the catalog test are derived from it.
 */
export const allEndpoints: readonly ApiEndpoint[] = [...authEndpoints, ...monitoringEndpoints];
