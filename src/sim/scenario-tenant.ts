import type { TenantSpec } from '../tenancy/index.ts';
import { chatChannelOf } from './chat-scenario.ts';
import type { Scenario } from './scenario.ts';

export const simulatedVdnId = 1;
export const simulatedPassword = 'Sim@1234';
const firstWorkNo = 101;

export interface AgentPlan {
  workNo: number;
  group: number;
}

/**
 * The tenant a scenario runs in, provisioned through the same path as a tenant file: its skills,
 * its agents (work numbers from 101, softphones 7…), one access code and route per traffic flow.
 * Queues have no overflow: the scenario's callers wait until answered or out of patience.
 */
export function scenarioTenant(scenario: Scenario): { spec: TenantSpec; agents: AgentPlan[] } {
  const agents: AgentPlan[] = [];
  const specAgents: TenantSpec['agents'] = [];
  let workNo = firstWorkNo;
  scenario.agents.forEach((group, index) => {
    for (let i = 0; i < group.count; i++, workNo++) {
      agents.push({ workNo, group: index });
      specAgents.push({
        workNo,
        userAccount: `sim${String(workNo).padStart(5, '0')}`,
        userName: `Sim ${workNo}`,
        password: simulatedPassword,
        ctiPassword: simulatedPassword,
        agentType: 99,
        ccRoleId: 2,
        sipAccount: String(8_000_000 + workNo),
        skills: group.skills.map((skillId) => ({ skillId, agentWeight: 1, skillWeight: 1 })),
      });
    }
  });
  const release = { transferType: 'Release' as const };
  const chatSkills = new Set((scenario.chats ?? []).map((c) => c.skillId));
  // Web chat flows are channels into multimedia skills (decision 1101), no bot, no leave-message.
  const chat = scenario.chats?.length
    ? { chat: { maxChatsPerAgent: 4, voiceBusyAtChatLimit: false, sessionIdleSeconds: 1800, channels: scenario.chats.map((c, i) => ({ channelConfigId: chatChannelOf(c, i), skillId: c.skillId, robot: false, offline: { enabled: false } })) } }
    : {};
  const spec: TenantSpec = {
    vdnId: simulatedVdnId,
    name: scenario.name?.slice(0, 64) || 'simulation',
    workNoRange: [firstWorkNo, Math.max(firstWorkNo, workNo - 1, 59_999)],
    appCredentials: [{ appKey: 'sim-ak', appSecret: 'sim-sk' }],
    adminPassword: simulatedPassword,
    ...(scenario.chats?.length ? { settings: chat } : {}),
    skills: scenario.skills.map((s) => ({
      skillId: s.skillId,
      name: s.name ?? `Skill${s.skillId}`,
      mediaTypeId: chatSkills.has(s.skillId) ? 53 : 5,
      maxWaitTime: s.maxWaitTimeSeconds ?? 0,
      maxWaitNum: s.maxWaitNum ?? 10000,
      maxAgentWrapupTime: 0,
      skillParam: { noAgents: release, busy: release, timeOut: release, answerFunction: '2', waitVoice: { parameterType: 'Voice' } },
    })),
    agents: specAgents,
    accessCodes: [...new Set(scenario.traffic.map((t) => t.accessCode))].map((accessCode) => ({ accessCode, mediaTypeId: 5, numCallAttr: 1 })),
    calledRoutes: scenario.traffic.map((t) => ({ accessCode: t.accessCode, extCode: '', deviceType: 1, deviceId: t.skillId })),
    satisfaction: { enabled: false },
  };
  return { spec, agents };
}
