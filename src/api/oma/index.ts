import type { ApiEndpoint } from '../define-endpoint.ts';
import { imcCallback } from './imc-callback.endpoint.ts';
import { queryResource } from './subscriptions.endpoint.ts';
import { querySoftwareSysParams } from './system-params.endpoint.ts';
import { queryTenantBasic } from './tenant-basic.endpoint.ts';
import { queryTrialTenantInfo } from './trial-tenant.endpoint.ts';

/** CEC chapter 15: the business software mall connection interfaces (decisions 1504, 1505). */
export const omaEndpoints: readonly ApiEndpoint[] = [queryTenantBasic, queryResource, imcCallback, queryTrialTenantInfo, querySoftwareSysParams];
export { createMallGuards } from './mall-guard.ts';
