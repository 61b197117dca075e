import { skillIndicators } from '../../../domain/indicators/index.ts';
import { grainHistoryEndpoint, historySkillIds } from './history-endpoint.ts';

/**
 * CEC §12.3.2.4 (ref L59759): Table 12-686 indicators per skill, for the current (or, with
 * enableOffset "Y", previous) VDN day, as one value or per 15/30/60-minute UTC bucket.
 */
export const hisindexSkill = grainHistoryEndpoint({
  section: '12.3.2.4',
  name: 'hisindex/skill',
  summary: 'Obtaining historical monitoring indicators by skill',
  path: '/rest/cmsapp/v1/openapi/hisindex/skill',
  scope: 'skill',
  ids: historySkillIds,
  tables: [skillIndicators],
});
