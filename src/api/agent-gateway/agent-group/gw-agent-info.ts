import { Type } from '@sinclair/typebox';
import { ctiStatus, gatewayStatus } from '../../../domain/agent/index.ts';
import { stateReason, stateSinceMs, type AgentConfig, type AgentRuntime, type TenantEngine } from '../../../engine/index.ts';
import { statusView } from '../agent-status-view.ts';

/**
 * The agent details of 5.2.11–5.2.13 (Tables 5-82, 5-86, 5-92) in the examples' field order and
 * types: `status`/`ctiStatus` are strings (Tables 6-452/6-453 coded, note 01 §9.4 item 28), the
 * phone key is `phonenumber`, `groupid` 0 and `groupname` null because OpenCEC has no agent
 * groups, `inMultimediaConf` 0 because it has no multimedia conferences, and the lists the
 * tables mark "not used" are empty (decision 0604).
 */
export function gwAgentInfo(engine: TenantEngine, config: AgentConfig, agent: AgentRuntime | undefined, options: { skilllist: boolean; callsKey: 'callids' | 'calls' }): Record<string, unknown> {
  const view = statusView(agent);
  return {
    workno: String(config.workNo),
    name: config.userName,
    status: String(gatewayStatus(view)),
    ctiStatus: String(ctiStatus(view)),
    groupid: 0,
    groupname: null,
    skilllist: options.skilllist ? skillList(engine, config) : [],
    mediatype: agent ? `T${agent.options.checkInWebm ? 'T' : 'F'}F` : 'FFF',
    vdnid: engine.vdnId,
    phonenumber: agent?.options.phonenum ?? '',
    currentstatetime: agent ? Math.max(0, Math.floor((engine.now() - stateSinceMs(agent)) / 1000)) : 0,
    logindate: agent?.loginTimeMs ?? 0,
    [options.callsKey]: [],
    inMultimediaConf: 0,
    currentStateReason: agent ? stateReason(agent) : 0,
  };
}

/** Table 5-87: the skills configured for the agent, in skill order. */
function skillList(engine: TenantEngine, config: AgentConfig): Array<{ name: string; id: number; mediatype: number }> {
  const list: Array<{ name: string; id: number; mediatype: number }> = [];
  for (const { skillId } of [...config.skills].sort((a, b) => a.skillId - b.skillId)) {
    const skill = engine.config.skills.get(skillId);
    if (skill) list.push({ name: skill.name, id: skill.skillId, mediatype: skill.mediaTypeId });
  }
  return list;
}

const SkillItem = Type.Object({ name: Type.String(), id: Type.Integer(), mediatype: Type.Integer() });

export function gwAgentInfoSchema(callsKey: 'callids' | 'calls') {
  return Type.Object({
    workno: Type.String(),
    name: Type.String(),
    status: Type.String({ description: 'Table 6-452' }),
    ctiStatus: Type.String({ description: 'Table 6-453' }),
    groupid: Type.Integer(),
    groupname: Type.Null(),
    skilllist: Type.Array(SkillItem),
    mediatype: Type.String({ description: 'T/F for CTI server, WebM, MailM' }),
    vdnid: Type.Integer(),
    phonenumber: Type.String(),
    currentstatetime: Type.Integer({ description: 'Seconds in the current state' }),
    logindate: Type.Integer({ description: 'Sign-in time, epoch milliseconds' }),
    [callsKey]: Type.Array(Type.String()),
    inMultimediaConf: Type.Integer(),
    currentStateReason: Type.Integer(),
  });
}
