import type { ApiEndpoint } from '../define-endpoint.ts';
import { outboundListEndpoints } from './lists/index.ts';

/** Chapter 7 (CC-iSales): every outbound interface. */
export const outboundEndpoints: readonly ApiEndpoint[] = [...outboundListEndpoints];
