import { skillCustomIndicators, skillIndicators } from '../../../domain/indicators/index.ts';
import { historySkillIds, rangeHistoryEndpoint } from './history-endpoint.ts';

/** CEC §12.3.2.6 (ref L60166): Tables 12-686 and 12-688 per skill over [beginDayTime, endDayTime) in the VDN's time zone. */
export const hisindexSkillForDay = rangeHistoryEndpoint(
  {
    section: '12.3.2.6',
    name: 'hisindex/skillforday',
    summary: 'Obtaining historical monitoring indicators in a specified time segment by skill',
    path: '/rest/cmsapp/v1/openapi/hisindex/skillforday',
    scope: 'skill',
    ids: historySkillIds,
    tables: [skillIndicators, skillCustomIndicators],
  },
  'day',
);
