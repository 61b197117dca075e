import { checkNewSkill, checkSkillChanges, type NewSkillRequest, type SkillChangesRequest } from '../../domain/config/skill-rules.ts';
import { checkSkillsDeletable, parseSkillIds } from '../../domain/config/skill-deletion-rules.ts';
import { readStoredSkillParam, type SkillTargets } from '../../domain/config/skill-param-rules.ts';
import { accept, refuse, type Checked, type SkillRejection } from '../../domain/config/skill-rejection.ts';
import { inTransaction, type SkillRow } from '../../store/index.ts';
import { tenantLockKey, type ConfigServiceDeps } from './config-service-deps.ts';

/**
 * The skill-queue writes of §5.2.1–5.2.3. Each runs under the tenant's lock: it loads what the
 * rules need, applies the pure rules of src/domain/config, writes in one transaction and then
 * tells the CTI engine that the tenant's skills changed.
 */

async function skillTargets(deps: ConfigServiceDeps, vdnId: number, skills: readonly SkillRow[]): Promise<SkillTargets> {
  const flows = await deps.repos.ivr.listFlows(vdnId);
  return { skillIds: new Set(skills.map((s) => s.skillId)), ivrFlowIds: new Set(flows.map((f) => f.flowId)) };
}

/** CEC §5.2.1: creates a skill queue and returns its id, allocated from the tenant's counter. */
export function createSkill(deps: ConfigServiceDeps, vdnId: number, request: NewSkillRequest): Promise<Checked<{ skillId: number }, SkillRejection>> {
  return deps.tenantLocks.run(tenantLockKey(vdnId), async () => {
    const skills = await deps.repos.skills.listAll(vdnId);
    const checked = checkNewSkill(request, {
      namesLowerCase: new Set(skills.map((s) => s.name.toLowerCase())),
      targets: await skillTargets(deps, vdnId, skills),
    });
    if (!checked.ok) return checked;
    const draft = checked.value;
    const now = deps.clock.now();
    const skillId = await inTransaction(deps.store, async (repos) => {
      const id = await repos.idCounters.next(`skill:${vdnId}`);
      await repos.skills.insert({
        vdnId,
        skillId: id,
        name: draft.name,
        description: draft.description,
        mediaTypeId: draft.mediaTypeId,
        maxWaitTime: draft.maxWaitTime,
        maxWaitNum: draft.maxWaitNum,
        maxAgentWrapupTime: draft.maxAgentWrapupTime,
        skillParam: JSON.stringify(draft.skillParam),
        serviceType: 0,
        realFlag: 1,
        createdAtMs: now,
      });
      return id;
    });
    deps.configChanges.publish({ vdnId, what: 'skills' });
    return accept({ skillId });
  });
}

/** CEC §5.2.3: changes the given fields of one skill queue. */
export function modifySkill(deps: ConfigServiceDeps, vdnId: number, skillId: number, request: SkillChangesRequest): Promise<Checked<null, SkillRejection>> {
  return deps.tenantLocks.run(tenantLockKey(vdnId), async () => {
    const skills = await deps.repos.skills.listAll(vdnId);
    const current = skills.find((s) => s.skillId === skillId);
    if (!current) return refuse({ tag: 'SkillNotFound', skillIds: [skillId] } as const);
    const checked = checkSkillChanges(current, request, await skillTargets(deps, vdnId, skills));
    if (!checked.ok) return checked;
    const { skillParam, ...plain } = checked.value;
    const changes = { ...plain, ...(skillParam ? { skillParam: JSON.stringify(skillParam) } : {}) };
    if (Object.keys(changes).length > 0) await deps.repos.skills.update(vdnId, skillId, changes);
    deps.configChanges.publish({ vdnId, what: 'skills' });
    return accept(null);
  });
}

/**
 * CEC §5.2.2: deletes up to `idsMax` skill queues, all or none. Refused while a called route, the
 * overflow of another skill or an IVR flow step still sends calls to one of them; agent bindings
 * go with the queues (decision 0202).
 */
export function deleteSkills(deps: ConfigServiceDeps, vdnId: number, skillIdsText: string, idsMax: number): Promise<Checked<{ skillIds: number[] }, SkillRejection>> {
  const parsed = parseSkillIds(skillIdsText, idsMax);
  if (!parsed.ok) return Promise.resolve(parsed);
  const skillIds = parsed.value;
  return deps.tenantLocks.run(tenantLockKey(vdnId), async () => {
    const skills = await deps.repos.skills.listAll(vdnId);
    const known = new Set(skills.map((s) => s.skillId));
    const missing = skillIds.filter((id) => !known.has(id));
    if (missing.length > 0) return refuse({ tag: 'SkillNotFound', skillIds: missing } as const);
    const deletable = checkSkillsDeletable(skillIds, {
      routes: await deps.repos.numbers.listRoutesOfVdn(vdnId),
      skills: skills.map((s) => ({ skillId: s.skillId, skillParam: readStoredSkillParam(s.skillParam) })),
      ivrFlows: (await deps.repos.ivr.listFlows(vdnId)).map((f) => ({ flowId: f.flowId, script: f.script })),
    });
    if (!deletable.ok) return deletable;
    // The repository removes the agents' bindings and the queues in one transaction.
    await inTransaction(deps.store, (repos) => repos.skills.delete(vdnId, skillIds));
    deps.configChanges.publish({ vdnId, what: 'skills' });
    return accept({ skillIds });
  });
}
