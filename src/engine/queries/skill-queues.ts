import type { EngineCore, Call, OverflowPolicy } from '../core/index.ts';

/** Calls waiting in a skill queue, in the order the ACD will serve them (6.1.3.11). */
export function waitingCalls(engine: EngineCore, skillId: number): Call[] {
  const waiting = engine.waiting.get(skillId);
  if (!waiting) return [];
  const calls: Call[] = [];
  for (const entry of waiting.inOrder()) {
    const call = engine.calls.get(entry.callId);
    if (call) calls.push(call);
  }
  return calls;
}

/** Calls waiting over a set of skills (5.2.5, 5.2.6, 5.2.8); each skill counted once. */
export function waitingCount(engine: EngineCore, skillIds: Iterable<number>): number {
  let total = 0;
  for (const skillId of new Set(skillIds)) total += engine.waiting.get(skillId)?.size ?? 0;
  return total;
}

/** What the ACD knows about one skill queue right now (5.2.9 AcdStat, before its wire form). */
export interface SkillQueueSnapshot {
  skillId: number;
  name: string;
  mediaTypeId: number;
  /** The access code (+ extension) routed to the skill; "" when no number leads to it. */
  pilotNumber: string;
  queueSize: number;
  maxQueueSize: number;
  /** The call that has waited longest, and since when; null with an empty queue. */
  longestWaiting: { callId: string; sinceMs: number } | null;
  loggedOnAgents: number;
  availableAgents: number;
  /** The policy a waiting call meets when it has waited maxWaitTime (5.2.1 timeOut). */
  timeOutPolicy: OverflowPolicy;
}

export function skillQueueSnapshot(engine: EngineCore, skillId: number): SkillQueueSnapshot | undefined {
  const skill = engine.config.skills.get(skillId);
  if (!skill) return undefined;
  const waiting = engine.waiting.get(skillId);
  const oldest = waiting?.oldest();
  return {
    skillId,
    name: skill.name,
    mediaTypeId: skill.mediaTypeId,
    pilotNumber: pilotNumberOf(engine, skillId),
    queueSize: waiting?.size ?? 0,
    maxQueueSize: skill.maxWaitNum,
    longestWaiting: oldest ? { callId: oldest.callId, sinceMs: oldest.sinceMs } : null,
    loggedOnAgents: engine.signedInBySkill.get(skillId)?.size ?? 0,
    availableAgents: engine.idle.get(skillId)?.size ?? 0,
    timeOutPolicy: skill.timeOut,
  };
}

/** The shortest number routed to the skill (the plain access code before any extension). */
function pilotNumberOf(engine: EngineCore, skillId: number): string {
  let best: string | undefined;
  for (const route of engine.config.routes) {
    if (route.deviceType !== 1 || route.deviceId !== skillId) continue;
    const number = route.accessCode + route.extCode;
    if (best === undefined || number.length < best.length || (number.length === best.length && number < best)) best = number;
  }
  return best ?? '';
}
