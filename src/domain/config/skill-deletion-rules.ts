import { accept, refuse, type Checked, type SkillRejection } from './skill-rejection.ts';
import { positiveId, skillParamTargets, type SkillParam } from './skill-param-rules.ts';

/**
 * CEC §5.2.2 (ref L4204): "Multiple IDs are separated by commas (,), semicolons (;), or hyphens
 * (-). A maximum of 10 skill queue IDs are supported." Blanks around ids and empty items (a
 * trailing comma) are tolerated; repeated ids count once.
 */
export function parseSkillIds(text: string, max: number): Checked<number[], SkillRejection> {
  const items = text
    .split(/[,;-]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0) return refuse({ tag: 'SkillIdsEmpty' });
  const ids: number[] = [];
  for (const item of items) {
    const id = /^\d+$/.test(item) ? positiveId(item) : undefined;
    if (id === undefined) return refuse({ tag: 'SkillIdInvalid', text: item });
    if (!ids.includes(id)) ids.push(id);
  }
  if (ids.length > max) return refuse({ tag: 'SkillIdsTooMany', count: ids.length, max });
  return accept(ids);
}

/** What may still point at a skill queue, prefetched from the tenant. */
export interface SkillReferences {
  readonly routes: ReadonlyArray<{ dnid: number; deviceType: number; deviceId: number }>;
  readonly skills: ReadonlyArray<{ skillId: number; skillParam: SkillParam }>;
  /** IVR flows with their simulated scripts (JSON), whose steps may transfer to a skill queue. */
  readonly ivrFlows: ReadonlyArray<{ flowId: number; script: string }>;
}

/**
 * The reference does not say what deleting a referenced skill queue does (note 01 §6.3). Calls
 * would then reach a queue that no longer exists, so deletion is refused while a called route, the
 * overflow of a skill that stays, or an IVR flow step transfers to it; agent bindings are removed
 * with the queue (decision 0202). Skills deleted together may point at each other.
 */
export function checkSkillsDeletable(skillIds: readonly number[], references: SkillReferences): Checked<null, SkillRejection> {
  const deleting = new Set(skillIds);
  for (const skillId of skillIds) {
    const routeDnids = references.routes.filter((r) => r.deviceType === 1 && r.deviceId === skillId).map((r) => r.dnid);
    const overflowSkillIds = references.skills
      .filter((s) => !deleting.has(s.skillId) && skillParamTargets(s.skillParam).skillIds.includes(skillId))
      .map((s) => s.skillId);
    const ivrFlowIds = references.ivrFlows.filter((f) => scriptTransfersToSkill(f.script, skillId)).map((f) => f.flowId);
    if (routeDnids.length || overflowSkillIds.length || ivrFlowIds.length) {
      return refuse({ tag: 'SkillInUse', skillId, routeDnids, overflowSkillIds, ivrFlowIds });
    }
  }
  return accept(null);
}

/**
 * Whether a flow script has a step that sends the call to skill queue `skillId`: any object with
 * `deviceType` 1 (skill queue, as in the reference's device types) and `deviceId` equal to it.
 */
export function scriptTransfersToSkill(script: string, skillId: number): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(script);
  } catch {
    return false;
  }
  const pending: unknown[] = [parsed];
  // Scripts are small tenant-authored documents; the bound guards against pathological input.
  for (let visited = 0; pending.length > 0 && visited < 10_000; visited++) {
    const node = pending.pop();
    if (!node || typeof node !== 'object') continue;
    const record = node as Record<string, unknown>;
    if (String(record.deviceType) === '1' && positiveId(record.deviceId) === skillId) return true;
    pending.push(...Object.values(record));
  }
  return false;
}
