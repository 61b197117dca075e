import { isUserGroupType, relationProblem, userGroupId, validGroupName } from '../../domain/inspection-groups/index.ts';
import type { QcUserGroupRow, Repositories } from '../../store/index.ts';
import { done, refused, writeGroups, type InspectionDeps, type Outcome } from './inspection-deps.ts';

/**
 * The inspection user groups of a VDN (CEC §12.3.4.1–.9, note 08 §5.7, decision 0821). Every
 * refusal is one reason, reported as 0101001 "inspection relationship interface is abnormal".
 */

export function newId(deps: Pick<InspectionDeps, 'clock' | 'ids'>): string {
  return userGroupId(deps.clock.now(), deps.ids.next());
}

/** The agents of `workNos` that are not agents of the VDN. */
async function strangers(repos: Repositories, vdnId: number, workNos: readonly number[]): Promise<number[]> {
  const known = new Set((await repos.agents.listAll(vdnId)).map((a) => a.workNo));
  return [...new Set(workNos)].filter((w) => !known.has(w));
}

async function admitMembers(deps: InspectionDeps, repos: Repositories, vdnId: number, groupId: string, workNos: readonly number[]): Promise<Outcome<void>> {
  const unknown = await strangers(repos, vdnId, workNos);
  if (unknown.length > 0) return refused('agentNotInVdn', `agents ${unknown.join(', ')} do not exist in the VDN`);
  await repos.inspectionGroups.putMembers(
    vdnId,
    groupId,
    [...new Set(workNos)].map((workNo) => ({ id: newId(deps), workNo })),
  );
  return done(undefined);
}

export interface NewUserGroup {
  groupName: string;
  groupType: number;
  remark?: string | undefined;
  workNos?: readonly number[] | undefined;
}

export function createUserGroup(deps: InspectionDeps, vdnId: number, group: NewUserGroup): Promise<Outcome<QcUserGroupRow>> {
  return writeGroups(deps, vdnId, async (repos) => {
    if (!isUserGroupType(group.groupType)) return refused('invalid', 'groupType must be 2 or 3');
    if (!validGroupName(group.groupName)) return refused('invalid', 'groupName is invalid');
    if (await repos.inspectionGroups.findGroupByName(vdnId, group.groupName)) return refused('nameExists', 'the group name already exists');
    const row: QcUserGroupRow = { id: newId(deps), vdnId, groupName: group.groupName, groupType: group.groupType, remark: group.remark ?? null, createdAtMs: deps.clock.now() };
    await repos.inspectionGroups.insertGroup(row);
    const members = await admitMembers(deps, repos, vdnId, row.id, group.workNos ?? []);
    return members.ok ? done(row) : members;
  });
}

export function updateUserGroup(deps: InspectionDeps, vdnId: number, id: string, changes: { groupName: string; remark?: string | undefined }): Promise<Outcome<void>> {
  return writeGroups(deps, vdnId, async (repos) => {
    if (!(await repos.inspectionGroups.findGroup(vdnId, id))) return refused('groupNotFound', 'the user group does not exist');
    if (!validGroupName(changes.groupName)) return refused('invalid', 'groupName is invalid');
    const named = await repos.inspectionGroups.findGroupByName(vdnId, changes.groupName);
    if (named && named.id !== id) return refused('nameExists', 'the group name already exists');
    await repos.inspectionGroups.updateGroup(vdnId, id, { groupName: changes.groupName, ...(changes.remark === undefined ? {} : { remark: changes.remark }) });
    return done(undefined);
  });
}

export function deleteUserGroup(deps: InspectionDeps, vdnId: number, id: string): Promise<Outcome<void>> {
  return writeGroups(deps, vdnId, async (repos) => {
    if (!(await repos.inspectionGroups.findGroup(vdnId, id))) return refused('groupNotFound', 'the user group does not exist');
    await repos.inspectionGroups.deleteGroup(vdnId, id);
    return done(undefined);
  });
}

export function addGroupMembers(deps: InspectionDeps, vdnId: number, groupId: string, workNos: readonly number[]): Promise<Outcome<void>> {
  return writeGroups(deps, vdnId, async (repos) => {
    if (!(await repos.inspectionGroups.findGroup(vdnId, groupId))) return refused('groupNotFound', 'the user group does not exist');
    return admitMembers(deps, repos, vdnId, groupId, workNos);
  });
}

/** Without `workNos`, every member of every group of the VDN leaves (ref L62068). */
export function deleteGroupMembers(deps: InspectionDeps, vdnId: number, workNos: readonly number[] | undefined): Promise<Outcome<void>> {
  return writeGroups(deps, vdnId, async (repos) => {
    await repos.inspectionGroups.deleteMembers(vdnId, workNos === undefined || workNos.length === 0 ? undefined : workNos);
    return done(undefined);
  });
}

/** 12.3.4.8 / 12.3.4.9: add (idempotently) or remove inspector group → agent group relations. */
export function changeRelations(deps: InspectionDeps, vdnId: number, change: { qcGroupId: string; inspectedGroupIds: readonly string[]; remove: boolean }): Promise<Outcome<void>> {
  return writeGroups(deps, vdnId, async (repos) => {
    const ids = [...new Set(change.inspectedGroupIds)];
    const groups = new Map((await repos.inspectionGroups.listGroupsById(vdnId, [change.qcGroupId, ...ids])).map((g) => [g.id, g]));
    const problem = relationProblem(
      groups.get(change.qcGroupId),
      ids.map((id) => groups.get(id)),
    );
    if (problem) return refused('relation', problem);
    if (change.remove) await repos.inspectionGroups.deleteRelations(vdnId, change.qcGroupId, ids);
    else await repos.inspectionGroups.addRelations(vdnId, change.qcGroupId, ids);
    return done(undefined);
  });
}

/** 12.3.4.1 item (Table 12-602). */
export interface GroupMemberItem {
  workNo: number;
  accountCode: string;
  groupName: string;
  accountName: string;
  ccRoleId: number;
  id: string;
}

export async function queryGroupMembers(
  repos: Repositories,
  vdnId: number,
  query: { groupId: string; workNo?: number | undefined; offset: number; limit: number },
): Promise<Outcome<GroupMemberItem[]>> {
  const group = await repos.inspectionGroups.findGroup(vdnId, query.groupId);
  if (!group) return refused('groupNotFound', 'the user group does not exist');
  const members = await repos.inspectionGroups.listMembers(vdnId, query.groupId, query);
  const agents = new Map((await repos.agents.listAll(vdnId)).map((a) => [a.workNo, a]));
  const names = await repos.inspectionGroups.agentNames(
    vdnId,
    members.map((m) => m.workNo),
  );
  return done(
    members.map((m) => {
      const agent = agents.get(m.workNo);
      return {
        workNo: m.workNo,
        accountCode: agent?.accountCode ?? agent?.userAccount ?? '',
        groupName: group.groupName,
        accountName: names.get(m.workNo) ?? agent?.userName ?? '',
        ccRoleId: agent?.ccRoleId ?? 0,
        id: m.id,
      };
    }),
  );
}
