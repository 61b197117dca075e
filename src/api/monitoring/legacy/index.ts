import type { ApiEndpoint } from '../../define-endpoint.ts';
import { legacyAgentByWorkNo } from './legacy-agent-by-work-no.endpoint.ts';
import { legacyAgentRestInfo } from './legacy-agent-rest-info.endpoint.ts';
import { legacyAgentsOfConfiguredSkill } from './legacy-agents-of-skill.endpoint.ts';
import { legacySkillStateInfo } from './legacy-skill-state-info.endpoint.ts';
import { legacySystemState } from './legacy-system-state.endpoint.ts';

/** §12.3.8.13: the interfaces of versions earlier than 8.13.0, on their 2.5 successors. */
export const legacyCmsEndpoints: readonly ApiEndpoint[] = [legacyAgentByWorkNo, legacySystemState, legacyAgentRestInfo, legacySkillStateInfo, legacyAgentsOfConfiguredSkill];
