import type { AgentAccountRow, AgentSkillRow, Repositories, VdnRow } from '../../store/index.ts';
import { tenantSetting } from '../tenant-settings/index.ts';

/**
 * The configuration views of the CC-CMS (§12.3.3), read from the configuration store. They are
 * projections only: the CMS never writes configuration (note 08 §2.6).
 */

/** 12.3.3.2 item (Table 12-580): ids and roles as strings, skills "1;3;10" ("" when none). */
export interface CmsAgentItem {
  agentNo: string;
  agentName: string;
  roleId: string;
  skillId: string;
}

export async function vdnAgents(repos: Repositories, vdnId: number, page?: { offset: number; limit: number }): Promise<{ items: CmsAgentItem[]; count: number }> {
  const all = await repos.agents.listAll(vdnId);
  const chosen = page ? all.slice(page.offset, page.offset + page.limit) : all;
  const skills = groupBy(await repos.agents.listSkillsOfAgents(vdnId, chosen.map((a) => a.workNo)), (s) => s.workNo);
  const items = chosen.map((agent) => ({
    agentNo: String(agent.workNo),
    agentName: agent.userName,
    roleId: String(agent.ccRoleId),
    skillId: (skills.get(agent.workNo) ?? []).map((s) => s.skillId).join(';'),
  }));
  return { items, count: all.length };
}

/** 12.3.3.3 item (Table 12-583). */
export interface CmsCalledRouteItem {
  ccId: number;
  vdnId: number;
  accessCode: string;
  subCode: string;
  deviceType: string;
  deviceName: string;
  deviceNo: string;
  dnid: string;
}

/** Device types of Table 12-701 that a called route leads to. */
const skillDevice = 1;
const ivrDevice = 3;

export async function calledRoutes(repos: Repositories, ccId: number, vdnId: number): Promise<CmsCalledRouteItem[]> {
  const [routes, skills, flows] = await Promise.all([repos.numbers.listRoutesOfVdn(vdnId), repos.skills.listAll(vdnId), repos.ivr.listFlows(vdnId)]);
  const skillNames = new Map(skills.map((s) => [s.skillId, s.name]));
  const flowNames = new Map(flows.map((f) => [f.flowId, f.description]));
  // CEC §12.3.3.3 (Table 12-583): the device name is the skill queue's name for a skill and the
  // flow's description for an IVR flow, as configured now; other devices keep the route's text.
  const nameOf = (deviceType: number, deviceId: number, stored: string) =>
    (deviceType === skillDevice ? skillNames.get(deviceId) : deviceType === ivrDevice ? flowNames.get(deviceId) : undefined) ?? stored;
  return routes.map((r) => ({
    ccId,
    vdnId,
    accessCode: r.accessCode,
    subCode: r.extCode,
    deviceType: String(r.deviceType),
    deviceName: nameOf(r.deviceType, r.deviceId, r.deviceDesc),
    deviceNo: String(r.deviceId),
    dnid: String(r.dnid),
  }));
}

/** 12.3.3.6 item (Table 12-597); 12.3.3.4 adds `agents` (Table 12-589). */
export interface CmsTenantItem {
  ccId: number;
  tenantId: string;
  tenantSpaceName: string;
  vdnId: number;
  accessCodes: { accessCode: string; isDefault: boolean }[];
}

export interface CmsTenantAgent {
  workNo: number;
  sipAccount: string;
  accountCode: string;
  agentType: number;
}

function settingsOf(vdn: VdnRow): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(vdn.settings);
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * The tenant space id of a VDN: the tenant file's `settings.tenantSpaceId`, else the VDN id in
 * decimal (decision 0820; OpenCEC has one tenant space per VDN and no separate id for it).
 */
export function tenantSpaceIdOf(vdn: VdnRow): string {
  const configured = settingsOf(vdn).tenantSpaceId;
  return typeof configured === 'string' && configured !== '' ? configured : String(vdn.vdnId);
}

export async function findVdnByTenantSpaceId(repos: Repositories, tenantId: string): Promise<VdnRow | undefined> {
  return (await repos.vdns.list()).find((vdn) => tenantSpaceIdOf(vdn) === tenantId);
}

export async function tenantItem(repos: Repositories, ccId: number, vdn: VdnRow): Promise<CmsTenantItem> {
  const codes = await repos.numbers.listAccessCodesOfVdn(vdn.vdnId);
  // Decision 0820: the default access code is the tenant's default calling number.
  const defaultCode = settingsOf(vdn).defaultCallerNumber;
  return {
    ccId,
    tenantId: tenantSpaceIdOf(vdn),
    tenantSpaceName: vdn.name,
    vdnId: vdn.vdnId,
    accessCodes: codes.map((c) => ({ accessCode: c.accessCode, isDefault: c.accessCode === defaultCode })),
  };
}

export async function tenantAgents(repos: Repositories, vdnId: number): Promise<CmsTenantAgent[]> {
  return (await repos.agents.listAll(vdnId)).map((a: AgentAccountRow) => ({
    workNo: a.workNo,
    sipAccount: a.sipAccount,
    accountCode: a.accountCode ?? a.userAccount,
    agentType: a.agentType,
  }));
}

/** 12.3.3.5 item (Tables 12-592, 12-593). */
export interface CmsSkillGroup {
  id: number;
  skills: { skillId: number; skillPower: number; agentPower: number }[];
  groupName: string;
}

/**
 * Skill groups as the configuration defines them implicitly (decision 0820): OpenCEC binds skills
 * to each agent with a skill weight and an agent weight (5.1.5) instead of through named groups,
 * so every distinct set of bindings is one group, numbered from 1 in the order of the lowest work
 * number that has it and named "skillgroup<id>".
 */
export async function skillGroups(repos: Repositories, vdnId: number): Promise<CmsSkillGroup[]> {
  // Groups the tenant named (decision 0852) are the groups; without any, the agents' bindings are.
  const named = await tenantSetting(repos, vdnId, 'skillGroups');
  if (Array.isArray(named) && named.length > 0) {
    return (named as CmsSkillGroup[]).map((g) => ({ id: g.id, skills: g.skills.map((s) => ({ skillId: s.skillId, skillPower: s.skillPower, agentPower: s.agentPower })), groupName: g.groupName }));
  }
  const byAgent = groupBy(await repos.agents.listSkillsOfVdn(vdnId), (s) => s.workNo);
  const groups = new Map<string, CmsSkillGroup>();
  for (const workNo of [...byAgent.keys()].sort((a, b) => a - b)) {
    const skills = byAgent
      .get(workNo)!
      .slice()
      .sort((a, b) => a.skillId - b.skillId)
      .map((s: AgentSkillRow) => ({ skillId: s.skillId, skillPower: s.skillWeight, agentPower: s.agentWeight }));
    const key = JSON.stringify(skills);
    if (!groups.has(key)) groups.set(key, { id: groups.size + 1, skills, groupName: `skillgroup${groups.size + 1}` });
  }
  return [...groups.values()];
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
