import { joinRetcodes, planJoin, validAgentName, type JoinRetcode } from '../../domain/inspection-groups/index.ts';
import { done, refused, writeGroups, type InspectionDeps, type Outcome } from './inspection-deps.ts';
import { newId } from './user-groups.ts';

/**
 * CEC §12.3.4.10 joinusergroup (ref L62625–L62729): puts an agent into a group, creating the group
 * by name when no id is given; the agent leaves any other group of its VDN (ref L62662).
 */
export function joinUserGroup(
  deps: InspectionDeps,
  vdnId: number,
  request: { agentId: number; groupId?: string | undefined; groupName?: string | undefined; groupType: number },
): Promise<Outcome<{ groupId: string; groupName: string }, JoinRetcode>> {
  return writeGroups(deps, vdnId, async (repos) => {
    if (!(await repos.agents.find(vdnId, request.agentId))) return refused(joinRetcodes.agentNotInVdn, 'The agent does not exist in the VDN.');
    const byId = request.groupId ? await repos.inspectionGroups.findGroup(vdnId, request.groupId) : undefined;
    const byName = request.groupName ? await repos.inspectionGroups.findGroupByName(vdnId, request.groupName) : undefined;
    const plan = planJoin(request, { byId, byName });
    if (plan.kind === 'reject') return refused(plan.retcode, plan.message);
    let group = plan.kind === 'existing' ? plan.group : undefined;
    if (plan.kind === 'create') {
      const id = newId(deps);
      await repos.inspectionGroups.insertGroup({ id, vdnId, groupName: plan.groupName, groupType: plan.groupType, remark: null, createdAtMs: deps.clock.now() });
      group = { id, groupName: plan.groupName };
    }
    await repos.inspectionGroups.putMembers(vdnId, group!.id, [{ id: newId(deps), workNo: request.agentId }]);
    return done({ groupId: group!.id, groupName: group!.groupName });
  });
}

/**
 * CEC §12.3.4.11 updateagentgroup (ref L62730–L62820): the name the CMS shows for an agent. The
 * configuration's own name (5.1) is not changed: the CMS keeps a copy (decision 0821).
 */
export function renameCmsAgent(deps: InspectionDeps, vdnId: number, agentId: number, agentName: string): Promise<Outcome<void, '1'>> {
  return writeGroups(deps, vdnId, async (repos) => {
    if (!validAgentName(agentName)) return refused('1' as const, 'agentName is invalid');
    if (!(await repos.agents.find(vdnId, agentId))) return refused('1' as const, 'The agent does not exist in the VDN.');
    await repos.inspectionGroups.setAgentName(vdnId, agentId, agentName);
    return done(undefined);
  });
}
