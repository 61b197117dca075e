import type { ApiEndpoint } from '../define-endpoint.ts';
import { createTenant, listTenants } from './tenants.endpoint.ts';

/** OpenCEC administration beyond the reference (docs/extensions.md). */
export const adminEndpoints: readonly ApiEndpoint[] = [createTenant, listTenants];
