import type { ApiEndpoint } from '../../define-endpoint.ts';
import { queryStatInfoOfAcd } from './query-acd-stat.endpoint.ts';
import { queryIvrInfoOnVdn, querySkillQueueOnAgentVdn } from './vdn-config.endpoint.ts';
import { queryQueueLengthBySkillId, queryQueueLengthOnAgent, queryQueueLengthOnAgentSkills } from './wait-num.endpoint.ts';

/** §5.2.5–5.2.10 queuedevice: queue lengths, ACD statistics, the VDN's skills and IVR flows. */
export const queueDeviceEndpoints: readonly ApiEndpoint[] = [
  queryQueueLengthOnAgent,
  queryQueueLengthOnAgentSkills,
  querySkillQueueOnAgentVdn,
  queryQueueLengthBySkillId,
  queryStatInfoOfAcd,
  queryIvrInfoOnVdn,
];
