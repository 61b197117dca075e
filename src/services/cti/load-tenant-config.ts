import type { AgentConfig, IvrScript, OverflowPolicy, SkillConfig, TenantConfig } from '../../engine/index.ts';
import type { Repositories } from '../../store/index.ts';
import { parsePhoneRanges, type RestPolicy } from '../../domain/agent/index.ts';
import { parseChatSettings } from '../../domain/chat/index.ts';
import { zoneOfSettings } from '../outbound/campaigns/vdn-time-zone.ts';

/**
 * Reads a tenant's configuration from the store into the snapshot the engine runs on. Called when
 * the engine starts and again whenever the configuration changes (ConfigChangeFeed).
 */
export async function loadTenantConfig(repos: Repositories, vdnId: number): Promise<TenantConfig> {
  const [vdn, agents, bindings, skills, routes, flows, satisfaction] = await Promise.all([
    repos.vdns.find(vdnId),
    repos.agents.listAll(vdnId),
    repos.agents.listSkillsOfVdn(vdnId),
    repos.skills.listAll(vdnId),
    repos.numbers.listRoutesOfVdn(vdnId),
    repos.ivr.listFlows(vdnId),
    repos.ivr.findSatisfactionConfig(vdnId),
  ]);
  if (!vdn) throw new Error(`VDN ${vdnId} does not exist`);
  const settings = parseJson<Record<string, unknown>>(vdn.settings, {});
  // Checked when the tenant was provisioned; a list spoiled since then allows no extra number.
  const phones = parsePhoneRanges(settings.phoneNumbers);
  const skillsByAgent = new Map<number, AgentConfig['skills']>();
  for (const b of bindings) {
    const list = skillsByAgent.get(b.workNo) ?? [];
    list.push({ skillId: b.skillId, agentWeight: b.agentWeight, skillWeight: b.skillWeight });
    skillsByAgent.set(b.workNo, list);
  }
  return {
    vdnId,
    name: vdn.name,
    defaultCallerNumber: typeof settings.defaultCallerNumber === 'string' ? settings.defaultCallerNumber : '',
    agents: new Map(
      agents.map((a) => [
        a.workNo,
        {
          workNo: a.workNo,
          userName: a.userName,
          ctiPassword: a.ctiPassword,
          sipAccount: a.sipAccount,
          agentType: a.agentType,
          ccRoleId: a.ccRoleId,
          skills: skillsByAgent.get(a.workNo) ?? [],
          isForceChange: a.isForceChange === 1,
          lockedUntilMs: a.lockedUntilMs,
        },
      ]),
    ),
    skills: new Map(skills.map((s) => [s.skillId, toSkillConfig(s.skillId, s.name, s.mediaTypeId, s.maxWaitTime, s.maxWaitNum, s.maxAgentWrapupTime, s.skillParam)])),
    routes: routes
      .map((r) => ({ accessCode: r.accessCode, extCode: r.extCode, deviceType: r.deviceType, deviceId: r.deviceId, mediaTypeId: r.mediaTypeId ?? 5 }))
      .sort((a, b) => (b.accessCode + b.extCode).length - (a.accessCode + a.extCode).length),
    ivrFlows: new Map(flows.map((f) => [f.flowId, { flowId: f.flowId, accessCode: f.accessCode, description: f.description, script: parseJson<IvrScript>(f.script, {}) }])),
    satisfaction: { enabled: satisfaction?.enabled === 1, flowId: satisfaction?.ivrFlowId ?? null },
    phoneRanges: phones.ok ? phones.ranges : [],
    restPolicy: restPolicy(settings.rest),
    chat: parseChatSettings(settings.chat, typeof settings.defaultCallerNumber === 'string' ? settings.defaultCallerNumber : '', zoneOfSettings(settings)),
  };
}

/** `settings.rest` (checked by the tenant file's schema when provisioned; anything unreadable counts as absent). */
function restPolicy(raw: unknown): RestPolicy {
  const r = (raw && typeof raw === 'object' ? raw : {}) as { maxRestingAgents?: unknown; approval?: unknown; skills?: unknown };
  const count = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null);
  const bySkill = new Map<number, number>();
  for (const entry of Array.isArray(r.skills) ? r.skills : []) {
    const max = count((entry as { maxRestingAgents?: unknown })?.maxRestingAgents);
    const skillId = count((entry as { skillId?: unknown })?.skillId);
    if (max !== null && skillId !== null) bySkill.set(skillId, max);
  }
  return { maxRestingAgents: count(r.maxRestingAgents), approval: r.approval === true, maxRestingBySkill: bySkill };
}

function toSkillConfig(skillId: number, name: string, mediaTypeId: number, maxWait: number, maxNum: number, wrapup: number, paramJson: string): SkillConfig {
  const param = parseJson<Record<string, unknown>>(paramJson, {});
  return {
    skillId,
    name,
    mediaTypeId,
    maxWaitTimeSeconds: maxWait,
    maxWaitNum: maxNum,
    maxAgentWrapupTimeSeconds: wrapup,
    noAgents: policy(param.noAgents),
    busy: policy(param.busy),
    timeOut: policy(param.timeOut),
  };
}

/** An overflow policy as stored (5.2.1 strings such as deviceType "1", value "3") in engine form. */
function policy(raw: unknown): OverflowPolicy {
  const p = (raw ?? {}) as Record<string, unknown>;
  if (p.transferType !== 'Transfer') return { transferType: 'Release' };
  const deviceType = Number(p.deviceType);
  const value = Number(p.value);
  return Number.isInteger(deviceType) && Number.isInteger(value) ? { transferType: 'Transfer', deviceType, value } : { transferType: 'Release' };
}

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}
