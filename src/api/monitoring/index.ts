import type { ApiEndpoint } from '../define-endpoint.ts';
import { cmsConfigEndpoints } from './config/index.ts';
import { inspectionGroupEndpoints } from './inspection-groups/index.ts';
import { ping } from './ping.endpoint.ts';
import { systemIndicatorEndpoints } from './system/index.ts';

/** Chapter 12.3: monitoring (CC-CMS), C2-signed. */
export const monitoringEndpoints: readonly ApiEndpoint[] = [ping, ...cmsConfigEndpoints, ...inspectionGroupEndpoints, ...systemIndicatorEndpoints];
