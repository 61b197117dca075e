import { skillCustomIndicators, skillIndicators } from '../../../domain/indicators/index.ts';
import { historySkillIds, rangeHistoryEndpoint } from './history-endpoint.ts';

/** CEC §12.3.2.7 (ref L60300): Tables 12-686 and 12-688 per skill over the months beginMonthTime..endMonthTime (yyyyMM). */
export const hisindexSkillForMonth = rangeHistoryEndpoint(
  {
    section: '12.3.2.7',
    name: 'hisindex/skillformonth',
    summary: 'Obtaining historical monitoring indicators in a specified month by skill',
    path: '/rest/cmsapp/v1/openapi/hisindex/skillformonth',
    scope: 'skill',
    ids: historySkillIds,
    tables: [skillIndicators, skillCustomIndicators],
  },
  'month',
);
