import { accept, refuse, type Checked, type SkillRejection } from './skill-rejection.ts';
import { forbiddenNameCharacter, isSkillMediaTypeId, type SkillMediaTypeId } from './skill-fields.ts';
import { checkSkillParam, type RawSkillParam, type SkillParam, type SkillTargets } from './skill-param-rules.ts';

/** A createSkill request once its types and ranges are checked by the schema (Table 5-45). */
export interface NewSkillRequest {
  mediaTypeId: number;
  name: string;
  description: string;
  maxWaitTime: number;
  maxWaitNum: number;
  maxAgentWrapupTime: number;
  skillParam: RawSkillParam;
}

/** A skill queue ready to be stored (its id is allocated when it is written). */
export interface SkillDraft {
  mediaTypeId: SkillMediaTypeId;
  name: string;
  description: string;
  maxWaitTime: number;
  maxWaitNum: number;
  maxAgentWrapupTime: number;
  skillParam: SkillParam;
}

/** What a new skill is checked against, prefetched from the tenant. */
export interface NewSkillContext {
  /** Names of the tenant's skills, lower-cased. */
  readonly namesLowerCase: ReadonlySet<string>;
  readonly targets: SkillTargets;
}

/**
 * CEC §5.2.1 (ref L4042–4177): the media type is one of Table 5-45's, the name is free of the
 * forbidden characters and unique in the tenant (case-insensitively: two queues told apart only by
 * case would confuse agents and reports; decision 0201), and `skillParam` obeys the cross-field rules.
 */
export function checkNewSkill(request: NewSkillRequest, context: NewSkillContext): Checked<SkillDraft, SkillRejection> {
  const { mediaTypeId } = request;
  if (!isSkillMediaTypeId(mediaTypeId)) return refuse({ tag: 'MediaTypeUnsupported', mediaTypeId });
  const name = request.name.trim();
  if (name === '') return refuse({ tag: 'NameEmpty' });
  const character = forbiddenNameCharacter(name);
  if (character !== undefined) return refuse({ tag: 'NameForbiddenCharacter', character });
  if (context.namesLowerCase.has(name.toLowerCase())) return refuse({ tag: 'NameTaken', name });
  const description = request.description.trim();
  if (description === '') return refuse({ tag: 'DescriptionEmpty' });
  const skillParam = checkSkillParam(request.skillParam, mediaTypeId, context.targets);
  if (!skillParam.ok) return skillParam;
  return accept({
    mediaTypeId,
    name,
    description,
    maxWaitTime: request.maxWaitTime,
    maxWaitNum: request.maxWaitNum,
    maxAgentWrapupTime: request.maxAgentWrapupTime,
    skillParam: skillParam.value,
  });
}

/** A modifySkill request (Table 5-51): everything but `skillId` is optional. */
export interface SkillChangesRequest {
  name?: string;
  mediaTypeId?: number;
  description?: string;
  maxWaitTime?: number;
  maxWaitNum?: number;
  maxAgentWrapupTime?: number;
  skillParam?: RawSkillParam;
}

export type SkillChanges = Partial<Omit<SkillDraft, 'name' | 'mediaTypeId'>>;

export interface CurrentSkill {
  readonly skillId: number;
  readonly name: string;
  readonly mediaTypeId: number;
}

/**
 * CEC §5.2.3 (ref L4252–4350): a partial update. Table 5-51 has no `name` and no `mediaTypeId`,
 * so they cannot change; a client that sends their current values (e.g. a whole record read back
 * from querySkills) is not refused, one that sends other values is (decision 0201). A new
 * `skillParam` replaces the old one whole and is checked against the skill's media type; the skill
 * may not overflow to itself.
 */
export function checkSkillChanges(current: CurrentSkill, request: SkillChangesRequest, targets: SkillTargets): Checked<SkillChanges, SkillRejection> {
  if (request.name !== undefined && request.name.trim() !== current.name) return refuse({ tag: 'NameImmutable' });
  if (request.mediaTypeId !== undefined && request.mediaTypeId !== current.mediaTypeId) return refuse({ tag: 'MediaTypeImmutable' });
  const changes: SkillChanges = {};
  if (request.description !== undefined) {
    const description = request.description.trim();
    if (description === '') return refuse({ tag: 'DescriptionEmpty' });
    changes.description = description;
  }
  if (request.maxWaitTime !== undefined) changes.maxWaitTime = request.maxWaitTime;
  if (request.maxWaitNum !== undefined) changes.maxWaitNum = request.maxWaitNum;
  if (request.maxAgentWrapupTime !== undefined) changes.maxAgentWrapupTime = request.maxAgentWrapupTime;
  if (request.skillParam !== undefined) {
    const skillParam = checkSkillParam(request.skillParam, current.mediaTypeId, { ...targets, selfSkillId: current.skillId });
    if (!skillParam.ok) return skillParam;
    changes.skillParam = skillParam.value;
  }
  return accept(changes);
}
