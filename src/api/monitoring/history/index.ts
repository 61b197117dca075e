import type { ApiEndpoint } from '../../define-endpoint.ts';
import { hisindexAgentForDay } from './hisindex-agent-for-day.endpoint.ts';
import { hisindexAgentForMonth } from './hisindex-agent-for-month.endpoint.ts';
import { hisindexAgent } from './hisindex-agent.endpoint.ts';
import { hisindexIvr } from './hisindex-ivr.endpoint.ts';
import { hisindexSkillForDay } from './hisindex-skill-for-day.endpoint.ts';
import { hisindexSkillForMonth } from './hisindex-skill-for-month.endpoint.ts';
import { hisindexSkill } from './hisindex-skill.endpoint.ts';
import { hisindexVdn } from './hisindex-vdn.endpoint.ts';
import { queryMissedCalls } from './query-missed-calls.endpoint.ts';

/** CEC §12.3.2: historical indicators, read from the interval roll-up. */
export const historyEndpoints: readonly ApiEndpoint[] = [
  hisindexVdn,
  queryMissedCalls,
  hisindexIvr,
  hisindexSkill,
  hisindexAgent,
  hisindexSkillForDay,
  hisindexSkillForMonth,
  hisindexAgentForDay,
  hisindexAgentForMonth,
];
