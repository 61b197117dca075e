import type { EngineCore, AgentRuntime } from '../core/index.ts';
import { parseChatSettings, type ChatSettings } from '../../domain/chat/index.ts';

/**
 * Whether an agent may be offered a queued call: signed in, idle, without any call, allowed to
 * take inbound calls (6.1.1.22 settalkright), not forced to change its password and not monitoring
 * another agent (§12.1: the inspector's phone is on the monitor leg).
 */
export function isAvailable(agent: AgentRuntime): boolean {
  return agent.work === 'idle' && agent.legs.size === 0 && mayTakeCalls(agent) && !agent.monitor && !agent.phoneMedia;
}

/** Allowed to be given inbound calls at all: talk right (6.1.1.22) and no forced password change. */
export function mayTakeCalls(agent: AgentRuntime): boolean {
  return agent.talkRight && !agent.config.isForceChange;
}

/** Since when each available agent has been available (its place in the longest-idle order). */
const availableSince = new WeakMap<AgentRuntime, number>();
/** Since when each agent has had room for another chat (reset at each offer, so chats go round). */
const chatRoomSince = new WeakMap<AgentRuntime, number>();

/** CDR media types of text chats (13.2.3.8: 1 text chat, 51 web chat, 53 social chat). */
const chatMediaTypes = new Set([1, 51, 53]);
const defaultChatSettings = parseChatSettings(undefined);

export function chatSettingsOf(engine: EngineCore): ChatSettings {
  return engine.config.chat ?? defaultChatSettings;
}

/** Whether a skill queue is a multimedia (text chat) queue. */
export function isChatSkill(engine: EngineCore, skillId: number): boolean {
  const skill = engine.config.skills.get(skillId);
  return skill !== undefined && chatMediaTypes.has(skill.mediaTypeId);
}

export const chatCount = (agent: AgentRuntime): number => agent.chats?.size ?? 0;

/** How many chats the agent takes at once: its setcallnums for media type 53, else the tenant's setting. */
export function chatCapacityOf(engine: EngineCore, agent: AgentRuntime): number {
  return agent.chatCapacity?.get(53) ?? chatSettingsOf(engine).maxChatsPerAgent;
}

/**
 * Whether an agent may be offered another chat (decision 1101): signed in and idle as for voice,
 * below its chat capacity; a voice call does not stop chats (they use no phone).
 */
export function isAvailableForChat(engine: EngineCore, agent: AgentRuntime): boolean {
  return agent.work === 'idle' && agent.talkRight && !agent.config.isForceChange && !agent.monitor && chatCount(agent) < chatCapacityOf(engine, agent);
}

/** Voice availability, with the tenant's choice to keep an agent at its chat limit off voice. */
function isAvailableForVoice(engine: EngineCore, agent: AgentRuntime): boolean {
  if (!isAvailable(agent)) return false;
  return !(chatSettingsOf(engine).voiceBusyAtChatLimit && chatCount(agent) >= chatCapacityOf(engine, agent));
}

/** A chat was offered: the agent goes to the back of the chat order (its chat pools are rejoined anew). */
export function chatOffered(engine: EngineCore, agent: AgentRuntime): void {
  chatRoomSince.delete(agent);
  const pools = engine.idlePoolsOf.get(agent.workNo);
  for (const skillId of pools ?? []) {
    if (!isChatSkill(engine, skillId)) continue;
    engine.idle.get(skillId)?.remove(agent.workNo);
    pools!.delete(skillId);
  }
  refreshAvailability(engine, agent);
}

/**
 * Brings the routing indexes in line with the agent's state: in the idle pool of each skill it is
 * signed in to when available, out of all of them otherwise. Call after every change that can
 * affect availability; it is idempotent and O(the agent's skills × log agents): the pools an agent
 * may be in are kept per agent (`idlePoolsOf`), so the number of queues does not matter (issue 8).
 */
export function refreshAvailability(engine: EngineCore, agent: AgentRuntime): void {
  const current = engine.agents.get(agent.workNo) === agent;
  const voice = current && isAvailableForVoice(engine, agent);
  const chat = current && isAvailableForChat(engine, agent);
  if (!voice) availableSince.delete(agent);
  if (!chat) chatRoomSince.delete(agent);
  if (!voice && !chat) {
    leavePools(engine, agent.workNo);
    return;
  }
  const sinceOf = (map: WeakMap<AgentRuntime, number>) => {
    let since = map.get(agent);
    if (since === undefined) map.set(agent, (since = engine.now()));
    return since;
  };
  let pools = engine.idlePoolsOf.get(agent.workNo);
  if (!pools) engine.idlePoolsOf.set(agent.workNo, (pools = new Set()));
  for (const skillId of pools) {
    const wanted = agent.signedInSkills.has(skillId) && (isChatSkill(engine, skillId) ? chat : voice);
    if (!wanted) {
      engine.idle.get(skillId)?.remove(agent.workNo);
      pools.delete(skillId);
    }
  }
  for (const skill of agent.config.skills) {
    if (!agent.signedInSkills.has(skill.skillId)) continue;
    const chatSkill = isChatSkill(engine, skill.skillId);
    if (chatSkill ? !chat : !voice) continue;
    const pool = engine.idleIn(skill.skillId);
    if (!pool.has(agent.workNo)) pool.add({ workNo: agent.workNo, agentWeight: skill.agentWeight, idleSinceMs: sinceOf(chatSkill ? chatRoomSince : availableSince) });
    pools.add(skill.skillId);
  }
}

/** Drops the agent from every routing index (sign-out). */
export function forgetAgent(engine: EngineCore, agent: AgentRuntime): void {
  availableSince.delete(agent);
  chatRoomSince.delete(agent);
  leavePools(engine, agent.workNo);
  for (const skillId of agent.signedInSkills) engine.signedInBySkill.get(skillId)?.delete(agent.workNo);
}

function leavePools(engine: EngineCore, workNo: number): void {
  const pools = engine.idlePoolsOf.get(workNo);
  if (!pools) return;
  for (const skillId of pools) engine.idle.get(skillId)?.remove(workNo);
  engine.idlePoolsOf.delete(workNo);
}
