import type { ApiEndpoint } from '../../define-endpoint.ts';
import { agentsInSkill } from './agents-in-skill.endpoint.ts';
import { agentStatusBySkill } from './agent-status-by-skill.endpoint.ts';
import { agentsOfConfiguredSkill } from './agents-of-skill.endpoint.ts';
import { currentCallStateInfo } from './current-call-state.endpoint.ts';
import { queueDeviceStatus } from './queue-device-status.endpoint.ts';
import { queuedCallsOfSkills } from './queued-calls-of-skills.endpoint.ts';
import { serviceQualityOfSkills } from './service-quality.endpoint.ts';
import { skillConfigInfos } from './skill-config-info.endpoint.ts';
import { skillOverload } from './skill-overload.endpoint.ts';
import { skillRealtimeIndicators } from './skill-rindex.endpoint.ts';
import { skillStateInfos } from './skill-state-info.endpoint.ts';
import { totalSkillStatus } from './total-skill-status.endpoint.ts';

/** §12.3.1.2: real-time views of skill queues, in the reference's order. */
export const realtimeSkillEndpoints: readonly ApiEndpoint[] = [
  agentsInSkill,
  totalSkillStatus,
  currentCallStateInfo,
  queueDeviceStatus,
  skillConfigInfos,
  skillStateInfos,
  queuedCallsOfSkills,
  skillOverload,
  agentStatusBySkill,
  agentsOfConfiguredSkill,
  serviceQualityOfSkills,
  skillRealtimeIndicators,
];
