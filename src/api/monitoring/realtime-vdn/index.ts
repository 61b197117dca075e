import type { ApiEndpoint } from '../../define-endpoint.ts';
import { allAgentPhones } from './all-agent-phones.endpoint.ts';
import { configuredSkills } from './configured-skills.endpoint.ts';
import { queryBasicCallInfo } from './query-basic-call-info.endpoint.ts';
import { queryCallDetailById } from './query-call-detail-by-id.endpoint.ts';
import { queryCallTraceDetail } from './query-call-trace-detail.endpoint.ts';
import { queryCalls } from './query-calls.endpoint.ts';
import { queryCallsV2 } from './query-calls-v2.endpoint.ts';
import { queryDetailCallInfo } from './query-detail-call-info.endpoint.ts';
import { queryAccessCodeCallInfo } from './query-access-code-call-info.endpoint.ts';
import { queryAccessCodeInfo } from './query-access-code-info.endpoint.ts';
import { queryAgentRestState } from './query-agent-rest-state.endpoint.ts';
import { queryAgentStaticConfInfo } from './query-agent-static-conf-info.endpoint.ts';
import { queryIvrProcessInnoInfo } from './query-ivr-process-inno-info.endpoint.ts';
import { queryIvrStatusInfo } from './query-ivr-status-info.endpoint.ts';
import { queryTotalAgentInfo } from './query-total-agent-info.endpoint.ts';
import { restReasons } from './rest-reasons.endpoint.ts';
import { totalAgentAbstract } from './total-agent-abstract.endpoint.ts';
import { totalAgentDynamicInfo } from './total-agent-dynamic-info.endpoint.ts';
import { totalAgentState } from './total-agent-state.endpoint.ts';
import { vdnIndicators } from './vdn-indicators.endpoint.ts';

/** §12.3.1.1 real-time VDN views and §12.3.1.4 call details (CC-CMS, C2-signed), in section order. */
export const realtimeVdnEndpoints: readonly ApiEndpoint[] = [
  queryAccessCodeInfo,
  queryAgentRestState,
  allAgentPhones,
  totalAgentAbstract,
  totalAgentDynamicInfo,
  queryAgentStaticConfInfo,
  queryIvrStatusInfo,
  queryIvrProcessInnoInfo,
  configuredSkills,
  restReasons,
  queryAccessCodeCallInfo,
  queryCalls,
  queryCallsV2,
  queryCallTraceDetail,
  queryTotalAgentInfo,
  totalAgentState,
  vdnIndicators,
  queryBasicCallInfo,
  queryDetailCallInfo,
  queryCallDetailById,
];
