import type { ApiEndpoint } from '../../define-endpoint.ts';
import { agentsInSkill } from './agents-in-skill.endpoint.ts';
import { currentCallStateInfo } from './current-call-state.endpoint.ts';
import { serviceQualityOfSkills } from './service-quality.endpoint.ts';
import { skillConfigInfos } from './skill-config-info.endpoint.ts';
import { skillOverload } from './skill-overload.endpoint.ts';
import { totalSkillStatus } from './total-skill-status.endpoint.ts';
import { skillStateInfos } from './skill-state-info.endpoint.ts';
import { agentStatusBySkill } from './agent-status-by-skill.endpoint.ts';
import { agentsOfConfiguredSkill } from './agents-of-skill.endpoint.ts';
import { skillRealtimeIndicators } from './skill-rindex.endpoint.ts';

/** §12.3.1.2: real-time views of skill queues. */
export const realtimeSkillEndpoints: readonly ApiEndpoint[] = [
  agentsInSkill, totalSkillStatus, currentCallStateInfo, skillConfigInfos,
  skillStateInfos,
  skillOverload,
  agentStatusBySkill,
  agentsOfConfiguredSkill,
  serviceQualityOfSkills,
  skillRealtimeIndicators,
];
