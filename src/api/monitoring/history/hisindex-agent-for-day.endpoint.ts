import { agentCustomIndicators, agentIndicatorAliases, agentIndicators } from '../../../domain/indicators/index.ts';
import { historyAgentIds, rangeHistoryEndpoint } from './history-endpoint.ts';

/** CEC §12.3.2.8 (ref L60432): Tables 12-689 and 12-691 per agent over [beginDayTime, endDayTime) in the VDN's time zone. */
export const hisindexAgentForDay = rangeHistoryEndpoint(
  {
    section: '12.3.2.8',
    name: 'hisindex/agentforday',
    summary: 'Obtaining historical monitoring indicators in a specified time segment by agent',
    path: '/rest/cmsapp/v1/openapi/hisindex/agentforday',
    scope: 'agent',
    // "≤1000 characters" read as 1000 ids (ref L60469, note 08 A-19).
    ids: historyAgentIds(1000),
    tables: [agentIndicators, agentCustomIndicators],
    aliases: agentIndicatorAliases,
  },
  'day',
);
