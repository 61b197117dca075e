import { agentCustomIndicators, agentIndicatorAliases, agentIndicators } from '../../../domain/indicators/index.ts';
import { historyAgentIds, rangeHistoryEndpoint } from './history-endpoint.ts';

/** CEC §12.3.2.9 (ref L60566): Tables 12-689 and 12-691 per agent over the months beginMonthTime..endMonthTime (yyyyMM). */
export const hisindexAgentForMonth = rangeHistoryEndpoint(
  {
    section: '12.3.2.9',
    name: 'hisindex/agentformonth',
    summary: 'Obtaining historical monitoring indicators in a specified month by agent',
    path: '/rest/cmsapp/v1/openapi/hisindex/agentformonth',
    scope: 'agent',
    ids: historyAgentIds(1000),
    tables: [agentIndicators, agentCustomIndicators],
    aliases: agentIndicatorAliases,
  },
  'month',
);
