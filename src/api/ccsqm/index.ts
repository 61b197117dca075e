import type { ApiEndpoint } from '../define-endpoint.ts';
import { scoreSettingEndpoints } from './score-settings.endpoints.ts';
import { sentenceEndpoints } from './sentences.endpoints.ts';
import { sensitiveWordEndpoints } from './sensitive-words.endpoints.ts';
import { scriptEndpoints } from './scripts.endpoints.ts';
import { dialogRuleEndpoints } from './dialog-rules.endpoints.ts';
import { timingRuleEndpoints } from './timing-rules.endpoints.ts';
import { scenarioEndpoints } from './scenarios.endpoints.ts';
import { appraiseCallEndpoints } from './appraise-calls.endpoints.ts';
import { qualityTaskEndpoints } from './quality-tasks.endpoints.ts';
import { appealEndpoints } from './appeals.endpoints.ts';
import { samplingPlanEndpoints } from './sampling-plans.endpoints.ts';

/** CEC §12.2 intelligent quality check (CCSQM/CCISQM, note 07), module by module. */
export const ccsqmEndpoints: readonly ApiEndpoint[] = [
  ...scoreSettingEndpoints,
  ...sentenceEndpoints,
  ...sensitiveWordEndpoints,
  ...scriptEndpoints,
  ...dialogRuleEndpoints,
  ...timingRuleEndpoints,
  ...scenarioEndpoints,
  ...appraiseCallEndpoints,
  ...qualityTaskEndpoints,
  ...appealEndpoints,
  ...samplingPlanEndpoints,
];
