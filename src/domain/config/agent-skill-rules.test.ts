// Goal: agent types serve the skill media types of decision 0101, and skill lists are read as
// 5.1.1 and 5.1.3 say. Method: the whole type × media table, then the list rules.
import { describe, expect, it } from 'vitest';
import { agentServesMedia, checkSkillsForAgent, toSkillBindings } from './agent-skill-rules.ts';

describe('agent type × skill media type', () => {
  const media = [5, 19, 2, 18, 53];
  it.each([
    [4, [5, 2]],
    [11, [5, 19, 2, 18]],
    [5, [53]],
    [99, [5, 19, 2, 18, 53]],
    [255, []],
  ])('agent type %i serves %j', (agentType, served) => {
    expect(media.filter((m) => agentServesMedia(agentType, m))).toEqual(served);
  });
});

describe('toSkillBindings', () => {
  it('defaults missing weights to 1 on create and requires them on update', () => {
    expect(toSkillBindings([{ skillId: 3 }], 'create')).toEqual({ bindings: [{ skillId: 3, agentWeight: 1, skillWeight: 1 }] });
    expect(toSkillBindings([{ skillId: 3, skillWeight: 1 }], 'update')).toEqual({ rejection: { tag: 'InvalidField', field: 'skills[0].agentWeight', reason: 'is mandatory when skills is set' } });
    expect(toSkillBindings([{ skillId: 3, agentWeight: 2, skillWeight: 4 }], 'update')).toEqual({ bindings: [{ skillId: 3, agentWeight: 2, skillWeight: 4 }] });
  });

  it('refuses an entry without skillId, a weight below 1 and a repeated skill', () => {
    expect(toSkillBindings([{}], 'create')).toMatchObject({ rejection: { field: 'skills[0].skillId' } });
    expect(toSkillBindings([{ skillId: 1, skillWeight: 0 }], 'create')).toMatchObject({ rejection: { field: 'skills[0].skillWeight' } });
    expect(toSkillBindings([{ skillId: 1 }, { skillId: 1 }], 'create')).toMatchObject({ rejection: { field: 'skills', reason: 'lists skill 1 more than once' } });
  });
});

describe('checkSkillsForAgent', () => {
  const skills = new Map([
    [1, { skillId: 1, mediaTypeId: 5 }],
    [2, { skillId: 2, mediaTypeId: 53 }],
  ]);

  it('reports unknown skills together, then the first media mismatch', () => {
    expect(checkSkillsForAgent(4, [1, 8, 9], skills)).toEqual({ tag: 'SkillNotFound', skillIds: [8, 9] });
    expect(checkSkillsForAgent(4, [1, 2], skills, 'agent101')).toEqual({ tag: 'SkillMediaMismatch', agentType: 4, skillId: 2, mediaTypeId: 53, userAccount: 'agent101' });
    expect(checkSkillsForAgent(99, [1, 2], skills)).toBeUndefined();
    expect(checkSkillsForAgent(5, [], skills)).toBeUndefined();
  });
});
