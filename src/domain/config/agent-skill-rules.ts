import { checkWeight, isAgentType, type AgentType } from './agent-account-rules.ts';
import { invalidField, type AgentRejection } from './agent-rejection.ts';

/**
 * CEC §5.1.1 (ref L2764): "The skill queue type must be the same as the value of agenttype." The
 * two enumerations differ, so this table says which skill media types (5.2.1, ref L4067) each agent
 * type serves (decision 0101). Media type 5 is "audio and video" (ref L5642), so video agents serve
 * it too; versatile agents serve every type.
 */
export const skillMediaTypesByAgentType: Readonly<Record<AgentType, readonly number[]>> = {
  4: [5, 2],
  11: [5, 19, 2, 18],
  5: [53],
  99: [5, 19, 2, 18, 53],
};

export function agentServesMedia(agentType: number, mediaTypeId: number): boolean {
  return isAgentType(agentType) && skillMediaTypesByAgentType[agentType].includes(mediaTypeId);
}

/** One agent-to-skill binding (5.1.1 Table 5-2 items 1.7.x). */
export interface SkillBinding {
  readonly skillId: number;
  readonly agentWeight: number;
  readonly skillWeight: number;
}

/** What the rules need to know about a tenant's skill queue. */
export interface SkillMedia {
  readonly skillId: number;
  readonly mediaTypeId: number;
}

/** A skills entry as received: 5.1.1 marks all three fields optional, 5.1.3 requires them. */
export interface SkillBindingInput {
  readonly skillId?: number;
  readonly agentWeight?: number;
  readonly skillWeight?: number;
}

/**
 * The entries of a `skills` parameter as bindings. On create a missing weight is 1, the documented
 * minimum (decision 0101); on update "the skillId, agentWeight, and skillWeight parameters must be
 * set" (ref L2960). A skill listed twice is refused rather than silently merged.
 */
export function toSkillBindings(entries: readonly SkillBindingInput[], mode: 'create' | 'update'): { bindings: SkillBinding[] } | { rejection: AgentRejection } {
  const bindings: SkillBinding[] = [];
  const seen = new Set<number>();
  for (const [i, entry] of entries.entries()) {
    const at = `skills[${i}]`;
    if (entry.skillId === undefined) return { rejection: invalidField(`${at}.skillId`, 'is mandatory') };
    if (mode === 'update') {
      if (entry.agentWeight === undefined) return { rejection: invalidField(`${at}.agentWeight`, 'is mandatory when skills is set') };
      if (entry.skillWeight === undefined) return { rejection: invalidField(`${at}.skillWeight`, 'is mandatory when skills is set') };
    }
    const binding = { skillId: entry.skillId, agentWeight: entry.agentWeight ?? 1, skillWeight: entry.skillWeight ?? 1 };
    const weightRejection = checkWeight(binding.agentWeight, `${at}.agentWeight`) ?? checkWeight(binding.skillWeight, `${at}.skillWeight`);
    if (weightRejection) return { rejection: weightRejection };
    if (seen.has(binding.skillId)) return { rejection: invalidField('skills', `lists skill ${binding.skillId} more than once`) };
    seen.add(binding.skillId);
    bindings.push(binding);
  }
  return { bindings };
}

/**
 * The skills of `bindings` must exist in the tenant and carry a media type the agent type serves.
 * Unknown skills are reported together, then the first mismatch.
 */
export function checkSkillsForAgent(
  agentType: number,
  skillIds: readonly number[],
  tenantSkills: ReadonlyMap<number, SkillMedia>,
  userAccount?: string,
): AgentRejection | undefined {
  const unknown = skillIds.filter((id) => !tenantSkills.has(id));
  if (unknown.length > 0) return { tag: 'SkillNotFound', skillIds: unknown };
  for (const skillId of skillIds) {
    const { mediaTypeId } = tenantSkills.get(skillId)!;
    if (!agentServesMedia(agentType, mediaTypeId)) {
      return { tag: 'SkillMediaMismatch', agentType, skillId, mediaTypeId, ...(userAccount === undefined ? {} : { userAccount }) };
    }
  }
  return undefined;
}
