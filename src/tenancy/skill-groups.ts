import { Type, type Static } from '@sinclair/typebox';

/**
 * Named skill groups (CTI 3.8 skill groups, CC-CMS 12.3.3.5; decision 0852): a set of skill queues
 * with their skill and agent powers that agents are given together. The tenant file declares them
 * in `settings.skillGroups`; an agent with `skillGroupId` and no `skills` of its own is bound to the
 * group's skills (skill power → skill weight, agent power → agent weight).
 */
export const SkillGroupSpec = Type.Object({
  id: Type.Integer({ minimum: 1 }),
  groupName: Type.String({ minLength: 1, maxLength: 64, pattern: '^[^<>&"\'\\\\/]*$' }),
  skills: Type.Array(Type.Object({ skillId: Type.Integer(), skillPower: Type.Integer({ minimum: 1, maximum: 100 }), agentPower: Type.Integer({ minimum: 1, maximum: 300 }) }), { minItems: 1, maxItems: 2000 }),
});

export type SkillGroup = Static<typeof SkillGroupSpec>;

/** Why the groups do not fit the tenant's skills, or undefined when they do. */
export function skillGroupProblem(groups: readonly SkillGroup[], skillIds: ReadonlySet<number>): string | undefined {
  const seen = new Set<number>();
  for (const group of groups) {
    if (seen.has(group.id)) return `skill group ${group.id} is declared twice`;
    seen.add(group.id);
    const unknown = group.skills.find((s) => !skillIds.has(s.skillId));
    if (unknown) return `skill group ${group.id} has unknown skill ${unknown.skillId}`;
  }
  return undefined;
}

/** The skill bindings an agent gets: its own, else its group's. */
export function agentSkillBindings(agent: { skills?: ReadonlyArray<{ skillId: number; agentWeight?: number; skillWeight?: number }>; skillGroupId?: number }, groups: readonly SkillGroup[]): Array<{ skillId: number; agentWeight: number; skillWeight: number }> {
  if (agent.skills !== undefined || agent.skillGroupId === undefined) return (agent.skills ?? []).map((s) => ({ skillId: s.skillId, agentWeight: s.agentWeight ?? 1, skillWeight: s.skillWeight ?? 1 }));
  const group = groups.find((g) => g.id === agent.skillGroupId);
  return (group?.skills ?? []).map((s) => ({ skillId: s.skillId, agentWeight: s.agentPower, skillWeight: s.skillPower }));
}
