import type { EngineCore, AgentRuntime, Call, OverflowPolicy } from '../core/index.ts';
import { closeCdr, DeviceType, endCall, LeaveReason, openCdr, ReleaseCause } from '../records/index.ts';
import { isChatSkill } from './agent-availability.ts';
import { removePrivate } from './private-waiting.ts';

/**
 * Automatic call distribution (note 01 §6.3): a call enters a skill queue unless the skill's
 * overflow policies say otherwise (no agent on duty, queue full, waited too long); the best call
 * goes to the best available agent: highest agent weight, then longest available; an agent that
 * becomes available serves its skills in skill-weight order, best call first.
 */
/** Overflow hops a call may take before it is released (policies may point at each other). */
const routeHopsMax = 8;

export function enqueue(engine: EngineCore, call: Call, skillId: number, options: { requeue?: { sinceMs: number }; alsoIn?: readonly number[] } = {}): void {
  const skill = engine.config.skills.get(skillId);
  if (!skill) {
    endCall(engine, call, ReleaseCause.normal, LeaveReason.normal);
    return;
  }
  call.firstSkillId ??= skillId;
  call.currentSkillId = skillId;
  const waiting = engine.waitingIn(skillId);
  // CEC §5.2.1 (ref L4075): "no agent on duty" when nobody is signed in to the skill.
  if (engine.signedInTo(skillId).size === 0) return overflow(engine, call, skill.noAgents, LeaveReason.noAgent, ReleaseCause.noAgentOnDuty, null);
  if (waiting.size >= skill.maxWaitNum) return overflow(engine, call, skill.busy, LeaveReason.overflow, ReleaseCause.queueFull, null);
  const now = engine.now();
  const sinceMs = options.requeue?.sinceMs ?? now;
  call.queueSinceMs = sinceMs;
  const cdr = openCdr(engine, call, { type: DeviceType.queue, no: skillId, deviceIn: 'DEVICE_QUEUE' }, { waitBeginMs: now });
  call.queue = { skillId, sinceMs, timer: null, cdr };
  if (skill.maxWaitTimeSeconds > 0) {
    const remainingMs = Math.max(0, sinceMs + skill.maxWaitTimeSeconds * 1000 - now);
    call.queue.timer = engine.after(Math.max(1, remainingMs), () => queueTimedOut(engine, call.callId, skillId));
  }
  waiting.add({ callId: call.callId, priority: call.priority, sinceMs, seq: engine.nextWaitSeq() });
  const also = waitAlsoIn(engine, call, skillId, options.alsoIn ?? []);
  engine.output.fact('queued', { callId: call.callId, skillId });
  if (call.chatKey !== undefined) engine.reactions.chatQueued(engine, call);
  else engine.reactions.callQueued(engine, call);
  serveQueue(engine, skillId);
  for (const other of also) if (call.queue) serveQueue(engine, other);
}

/**
 * Multi-queue waiting (decision 0853): the call also waits in other skill queues, with the same
 * priority and arrival, so that an agent of any of them may take it; its main queue keeps its
 * record, timer and overflow policies. Unknown skills and repeats are ignored.
 */
function waitAlsoIn(engine: EngineCore, call: Call, main: number, skillIds: readonly number[]): number[] {
  const also = [...new Set(skillIds)].filter((id) => id !== main && engine.config.skills.has(id));
  if (also.length === 0 || !call.queue) return [];
  call.queue.alsoIn = also;
  for (const id of also) engine.waitingIn(id).add({ callId: call.callId, priority: call.priority, sinceMs: call.queue.sinceMs, seq: engine.nextWaitSeq() });
  return also;
}

/**
 * Takes a call out of its queue (answered, abandoned, moved) and closes the queue's CDR row with
 * `leaveReason`; with null the row stays open for `endCall` to close as the call's last.
 */
export function leaveQueue(engine: EngineCore, call: Call, leaveReason: number | null): void {
  const visit = call.queue;
  if (!visit) return;
  call.queue = null;
  engine.cancel(visit.timer);
  if (visit.privateFor !== undefined) removePrivate(engine, visit.privateFor, call.callId);
  else engine.waitingIn(visit.skillId).remove(call.callId);
  for (const other of visit.alsoIn ?? []) engine.waitingIn(other).remove(call.callId);
  if (leaveReason !== null) closeCdr(engine, call, visit.cdr, leaveReason);
}

/**
 * The last agent signed out of a skill: its waiting calls meet the "no agent on duty" policy, as
 * they would have at the door.
 */
export function skillLostAllAgents(engine: EngineCore, skillId: number): void {
  const skill = engine.config.skills.get(skillId);
  const waiting = engine.waiting.get(skillId);
  if (!skill || !waiting) return;
  for (const entry of waiting.inOrder()) {
    const call = engine.calls.get(entry.callId);
    if (call?.queue?.skillId === skillId) overflow(engine, call, skill.noAgents, LeaveReason.noAgent, ReleaseCause.noAgentOnDuty, skillId);
    else if (call?.queue?.alsoIn?.includes(skillId)) {
      // Only waiting here as well: the call keeps its main queue and leaves this one.
      waiting.remove(call.callId);
      call.queue.alsoIn = call.queue.alsoIn.filter((id) => id !== skillId);
    }
  }
}

/** Offers waiting calls of a skill to its available agents while both exist. */
export function serveQueue(engine: EngineCore, skillId: number): void {
  const waiting = engine.waitingIn(skillId);
  const pool = engine.idleIn(skillId);
  for (let guard = 0; guard < 10_000 && waiting.size > 0 && pool.size > 0; guard++) {
    const entry = waiting.peek();
    const candidate = pool.best();
    if (!entry || !candidate) return;
    const agent = engine.agents.get(candidate.workNo);
    const call = engine.calls.get(entry.callId);
    if (!agent || !call) {
      if (!agent) pool.remove(candidate.workNo);
      if (!call) waiting.remove(entry.callId);
      continue;
    }
    const main = call.queue?.skillId;
    const fromOther = main !== undefined && main !== skillId;
    leaveQueue(engine, call, fromOther ? LeaveReason.answeredFromSlaveQueue : LeaveReason.normal);
    if (fromOther) {
      call.currentSkillId = skillId;
      engine.output.fact('answeredFromOtherQueue', { callId: call.callId, skillId, mainSkillId: main });
    }
    // A web chat is offered by the chat capability (src/engine/chat), which sits above calls.
    if (call.chatKey !== undefined) engine.reactions.offerChat(engine, agent, call);
    else engine.reactions.offerQueuedCall(engine, agent, call);
  }
}

/**
 * Gives an agent that just became available the best call of its skills, if any waits (its private
 * queue is served first: serveAgent). Voice and chat are served apart (decision 1101): an agent may
 * have room for a chat while on a voice call, or be free for voice at its chat limit, so each kind
 * looks only at the pools the agent is in.
 */
export function serveAgentSkills(engine: EngineCore, agent: AgentRuntime): void {
  let bestVoice: Candidate | undefined;
  let bestChat: Candidate | undefined;
  for (const skill of agent.config.skills) {
    if (!agent.signedInSkills.has(skill.skillId) || !engine.idle.get(skill.skillId)?.has(agent.workNo)) continue;
    const head = engine.waiting.get(skill.skillId)?.peek();
    if (!head) continue;
    const candidate = { skillWeight: skill.skillWeight, skillId: skill.skillId, priority: head.priority, sinceMs: head.sinceMs, seq: head.seq };
    if (isChatSkill(engine, skill.skillId)) {
      if (!bestChat || isBetterSkill(candidate, bestChat)) bestChat = candidate;
    } else if (!bestVoice || isBetterSkill(candidate, bestVoice)) bestVoice = candidate;
  }
  if (bestVoice) serveQueue(engine, bestVoice.skillId);
  if (bestChat) serveQueue(engine, bestChat.skillId);
}

type Candidate = { skillWeight: number; skillId: number; priority: number; sinceMs: number; seq: number };

const isBetterSkill = (a: { skillWeight: number; priority: number; sinceMs: number; seq: number }, b: typeof a): boolean =>
  a.skillWeight !== b.skillWeight ? a.skillWeight > b.skillWeight : a.priority !== b.priority ? a.priority > b.priority : a.sinceMs !== b.sinceMs ? a.sinceMs < b.sinceMs : a.seq < b.seq;

function queueTimedOut(engine: EngineCore, callId: string, skillId: number): void {
  const call = engine.calls.get(callId);
  const skill = engine.config.skills.get(skillId);
  if (!call || call.queue?.skillId !== skillId || !skill) return;
  call.queue.timer = null;
  overflow(engine, call, skill.timeOut, LeaveReason.timeout, ReleaseCause.normal, skillId);
}

/**
 * Applies an overflow policy: release the call, or move it to another skill or an IVR flow.
 * `fromSkill` is the queue the call is leaving (null when it was refused at the door, which still
 * counts as a visit: one CDR row without waiting time, so reports see "no agent on duty").
 */
function overflow(engine: EngineCore, call: Call, policy: OverflowPolicy, leaveReason: number, releaseCause: number, fromSkill: number | null): void {
  engine.output.fact('overflow', { callId: call.callId, leaveReason, fromSkill });
  call.routeHops += 1;
  if (fromSkill === null) {
    const now = engine.now();
    call.queue = { skillId: call.currentSkillId ?? 0, sinceMs: now, timer: null, cdr: openCdr(engine, call, { type: DeviceType.queue, no: call.currentSkillId ?? 0, deviceIn: 'DEVICE_QUEUE' }, { waitBeginMs: now }) };
  }
  const target = policy.transferType === 'Transfer' && call.routeHops <= routeHopsMax ? policy.value : undefined;
  const current = fromSkill ?? call.currentSkillId;
  if (target !== undefined && policy.deviceType === 1 && target !== current && engine.config.skills.has(target)) {
    leaveQueue(engine, call, leaveReason);
    enqueue(engine, call, target);
    return;
  }
  // A web chat has no voice to play a flow to: an IVR overflow releases it (decision 1101).
  if (target !== undefined && policy.deviceType === 3 && engine.config.ivrFlows.has(target) && call.chatKey === undefined) {
    leaveQueue(engine, call, leaveReason);
    engine.reactions.routeToIvr(engine, call, target);
    return;
  }
  leaveQueue(engine, call, null);
  endCall(engine, call, releaseCause, leaveReason);
}
