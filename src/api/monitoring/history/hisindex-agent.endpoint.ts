import { agentIndicatorAliases, agentIndicators } from '../../../domain/indicators/index.ts';
import { grainHistoryEndpoint, historyAgentIds } from './history-endpoint.ts';

/** CEC §12.3.2.5 (ref L59946): Table 12-689 indicators per agent (≤100 agents, ref L59977), current or previous VDN day. */
export const hisindexAgent = grainHistoryEndpoint({
  section: '12.3.2.5',
  name: 'hisindex/agent',
  summary: 'Obtaining historical monitoring indicators by agent',
  path: '/rest/cmsapp/v1/openapi/hisindex/agent',
  scope: 'agent',
  ids: historyAgentIds(100),
  tables: [agentIndicators],
  aliases: agentIndicatorAliases,
});
