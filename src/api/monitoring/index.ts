import type { ApiEndpoint } from '../define-endpoint.ts';
import { historyEndpoints } from './history/index.ts';
import { cmsConfigEndpoints } from './config/index.ts';
import { inspectionGroupEndpoints } from './inspection-groups/index.ts';
import { legacyCmsEndpoints } from './legacy/index.ts';
import { ping } from './ping.endpoint.ts';
import { realtimeAgentEndpoints } from './realtime-agent/index.ts';
import { realtimeSkillEndpoints } from './realtime-skill/index.ts';
import { realtimeVdnEndpoints } from './realtime-vdn/index.ts';
import { systemIndicatorEndpoints } from './system/index.ts';
import { uapEndpoints } from './uap/index.ts';
import { settlementEndpoints } from './settlement/index.ts';
import { outboundTaskEndpoints } from './outbound-tasks/index.ts';

/** Chapter 12.3: monitoring (CC-CMS), C2-signed. */
export const monitoringEndpoints: readonly ApiEndpoint[] = [
  ...realtimeVdnEndpoints,
  ...realtimeSkillEndpoints,
  ...realtimeAgentEndpoints,
  ...historyEndpoints,
  ...settlementEndpoints,
  ...cmsConfigEndpoints,
  ...inspectionGroupEndpoints,
  ...uapEndpoints,
  ...systemIndicatorEndpoints,
  ...legacyCmsEndpoints,
  ...outboundTaskEndpoints,
  ping,
];
