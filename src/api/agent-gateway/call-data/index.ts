import type { ApiEndpoint } from '../../define-endpoint.ts';
import { queryAllCallInfoByAgentWorkNoEx, queryCallNumsOnAgent } from './agent-calls.endpoint.ts';
import { queryCallAppData } from './app-data.endpoint.ts';
import { queryCallInfo } from './call-info.endpoint.ts';
import { queryCallInfoBeforeAnswer, queryCallInfoByCallId } from './call-lookup.endpoint.ts';
import { queryHoldListInfo, queryHoldListInfoEx } from './hold-list.endpoint.ts';
import { setCallAppDataEx } from './set-call-data.endpoint.ts';
import { queryCallStatisticsInfo, queryCallStatisticsInfoEx } from './statistics.endpoint.ts';
import { queryWaitCallInfoBySkillId } from './wait-call-info.endpoint.ts';

/** §6.1.3 call data: the twelve calldata interfaces, all under query flow control. */
export const callDataEndpoints: readonly ApiEndpoint[] = [
  queryCallInfo,
  queryCallAppData,
  setCallAppDataEx,
  queryHoldListInfo,
  queryCallInfoBeforeAnswer,
  queryCallInfoByCallId,
  queryAllCallInfoByAgentWorkNoEx,
  queryCallNumsOnAgent,
  queryCallStatisticsInfo,
  queryCallStatisticsInfoEx,
  queryWaitCallInfoBySkillId,
  queryHoldListInfoEx,
];
