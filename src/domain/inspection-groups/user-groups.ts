/**
 * Rules of the CC-CMS inspection user groups and relations (CEC §12.3.4, note 08 §5.7, decision
 * 0821). Pure: the service loads what they need and writes what they decide.
 */

/** Table 12-613 (ref L62306): 2 agent group, 3 inspector group. */
export const agentGroupType = 2;
export const inspectorGroupType = 3;
export type UserGroupType = typeof agentGroupType | typeof inspectorGroupType;

export function isUserGroupType(value: number): value is UserGroupType {
  return value === agentGroupType || value === inspectorGroupType;
}

/** "A maximum of 100 characters" (ref L62663). */
export const groupNameMaxLength = 100;

/**
 * "The value cannot contain invalid characters" (ref L62663): the reference lists none; decision
 * 0821 refuses markup, quotes, path and statement separators and control characters.
 */
const invalidNameCharacters = /[<>"'&\\/;%|`\u0000-\u001f\u007f]/;

export function validGroupName(name: string): boolean {
  return name.trim() !== '' && name.length <= groupNameMaxLength && !invalidNameCharacters.test(name);
}

/** Same rule for agent names (12.3.4.11, "cannot contain invalid characters"). */
export const validAgentName = validGroupName;

/**
 * A user group or member id: 30 decimal digits, as the reference's "159282396714302232563636876268"
 * (ref L62007), made of the creation time in ms (13 digits) and the last 17 digits of a unique
 * 19-digit identifier.
 */
export function userGroupId(nowMs: number, uniqueId: string): string {
  return `${String(nowMs).padStart(13, '0').slice(-13)}${uniqueId.padStart(17, '0').slice(-17)}`;
}

/** The end codes of joinusergroup (Table 12-631, ref L62686–L62698). */
export const joinRetcodes = {
  success: '0',
  tenantMismatch: '300-010',
  agentNotInVdn: '300-016',
  groupNameExists: '300-017',
  groupNameEmpty: '300-018',
  groupNotFound: '300-019',
  invalid: '1',
} as const;

export type JoinRetcode = (typeof joinRetcodes)[keyof typeof joinRetcodes];

export interface JoinRequest {
  groupId?: string | undefined;
  groupName?: string | undefined;
  groupType: number;
}

export interface GroupRef {
  id: string;
  groupName: string;
}

/** Where joinusergroup puts the agent, or why it cannot. */
export type JoinPlan = { kind: 'existing'; group: GroupRef } | { kind: 'create'; groupName: string; groupType: UserGroupType } | { kind: 'reject'; retcode: JoinRetcode; message: string };

/**
 * CEC §12.3.4.10 (ref L62650–L62665): with a groupId the group must exist (300-019) and the name is
 * ignored; without one a group named groupName (300-018 when empty, 300-017 when taken) of
 * groupType (default 2) is created.
 */
export function planJoin(request: JoinRequest, existing: { byId?: GroupRef | undefined; byName?: GroupRef | undefined }): JoinPlan {
  if (!isUserGroupType(request.groupType)) return { kind: 'reject', retcode: joinRetcodes.invalid, message: 'groupType must be 2 or 3' };
  if (request.groupId !== undefined && request.groupId !== '') {
    if (!existing.byId) return { kind: 'reject', retcode: joinRetcodes.groupNotFound, message: 'The inspector group does not exist.' };
    return { kind: 'existing', group: existing.byId };
  }
  const name = request.groupName ?? '';
  if (name.trim() === '') return { kind: 'reject', retcode: joinRetcodes.groupNameEmpty, message: 'The name of the inspector group is empty.' };
  if (!validGroupName(name)) return { kind: 'reject', retcode: joinRetcodes.invalid, message: 'groupName is invalid' };
  if (existing.byName) return { kind: 'reject', retcode: joinRetcodes.groupNameExists, message: 'The inspector group name already exists.' };
  return { kind: 'create', groupName: name, groupType: request.groupType };
}

/**
 * configqcrelation / deleteqcrelationconf (12.3.4.8–.9): the first group must be an inspector
 * group and every other an agent group of the same VDN (decision 0821).
 */
export function relationProblem(qcGroup: { groupType: number } | undefined, inspected: readonly ({ groupType: number } | undefined)[]): string | undefined {
  if (!qcGroup) return 'the inspector group does not exist';
  if (qcGroup.groupType !== inspectorGroupType) return 'qcGroupId is not an inspector group';
  if (inspected.some((g) => !g)) return 'an inspected group does not exist';
  if (inspected.some((g) => g!.groupType !== agentGroupType)) return 'an inspected group is not an agent group';
  return undefined;
}

/**
 * Whom the inspectors of a tenant may inspect under its relations (decision 0821): once the tenant
 * has at least one relation, an inspector inspects exactly the members of the agent groups its own
 * group inspects; without relations, nobody is restricted (null).
 */
export function relationGraph(memberships: readonly { workNo: number; groupId: string }[], relations: readonly { qcGroupId: string; inspectedGroupId: string }[]) {
  if (relations.length === 0) return null;
  const groupOf = new Map(memberships.map((m) => [m.workNo, m.groupId]));
  const inspects = new Map<string, Set<string>>();
  for (const r of relations) {
    const set = inspects.get(r.qcGroupId) ?? new Set<string>();
    set.add(r.inspectedGroupId);
    inspects.set(r.qcGroupId, set);
  }
  return {
    mayInspect(inspectorWorkNo: number, targetWorkNo: number): boolean {
      const own = groupOf.get(inspectorWorkNo);
      const target = groupOf.get(targetWorkNo);
      return own !== undefined && target !== undefined && (inspects.get(own)?.has(target) ?? false);
    },
    inspectable(inspectorWorkNo: number): number[] {
      const own = groupOf.get(inspectorWorkNo);
      const groups = own === undefined ? undefined : inspects.get(own);
      if (!groups) return [];
      return memberships.filter((m) => groups.has(m.groupId)).map((m) => m.workNo);
    },
  };
}
