import type { ApiEndpoint } from '../define-endpoint.ts';
import { callDataEndpoints } from './call-data/index.ts';
import { campaignEndpoints } from './campaigns/index.ts';
import { outboundListEndpoints } from './lists/index.ts';
import { resultEndpoints } from './results/index.ts';

/** Every CC-iSales interface (chapter 7): campaigns, their data and results (O1), the VDN-wide lists (O2). */
export const outboundEndpoints: readonly ApiEndpoint[] = [...campaignEndpoints, ...callDataEndpoints, ...resultEndpoints, ...outboundListEndpoints];
