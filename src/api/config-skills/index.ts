import type { ApiEndpoint } from '../define-endpoint.ts';
import { createSkill } from './create-skill.endpoint.ts';
import { deleteSkill } from './delete-skill.endpoint.ts';
import { modifySkill } from './modify-skill.endpoint.ts';
import { querySkills } from './query-skills.endpoint.ts';

/** Chapter 5.2.1–5.2.4: skill queues (C1). */
export const configSkillEndpoints: readonly ApiEndpoint[] = [createSkill, deleteSkill, modifySkill, querySkills];
