import { callDirection } from '../../domain/monitoring/index.ts';
import type { AgentLeg, Call, EngineCore } from '../core/index.ts';
import { elapsedSeconds } from '../../domain/time/index.ts';

/** Device types of Table 12-701 (and 13.2.2.1): 1 skill queue, 2 agent, 3 IVR flow. */
const queueDevice = 1;
const agentDevice = 2;
const ivrDevice = 3;

const legRank: Record<AgentLeg['state'], number> = { held: 1, occupied: 2, alerting: 3, talking: 4 };

/** The call's legs at agents, busiest first (talking, alerting, occupied, held). */
export function agentLegsOf(engine: EngineCore, call: Call): Array<{ workNo: number; leg: AgentLeg }> {
  const legs: Array<{ workNo: number; leg: AgentLeg }> = [];
  for (const workNo of call.agents) {
    const leg = engine.agents.get(workNo)?.legs.get(call.callId);
    if (leg) legs.push({ workNo, leg });
  }
  return legs.sort((a, b) => legRank[b.leg.state] - legRank[a.leg.state] || a.workNo - b.workNo);
}

/** Where the call is being processed now (the device of its basic information, 12.3.1.4.1). */
export function callPlace(engine: EngineCore, call: Call): { deviceType: number; deviceNo: number } {
  if (call.ivr) return { deviceType: ivrDevice, deviceNo: call.ivr.flowId };
  // A call in an agent's private queue is at that agent (decision 0851).
  if (call.queue?.privateFor !== undefined) return { deviceType: agentDevice, deviceNo: call.queue.privateFor };
  if (call.queue) return { deviceType: queueDevice, deviceNo: call.queue.skillId };
  const busiest = agentLegsOf(engine, call)[0];
  if (busiest) return { deviceType: agentDevice, deviceNo: busiest.workNo };
  return { deviceType: call.lastDevice?.type ?? 0, deviceNo: call.lastDevice?.no ?? 0 };
}

/** In conversation: an agent talks on it (or holds it), or an IVR flow plays to it. */
export function isConnected(engine: EngineCore, call: Call): boolean {
  if (call.ivr) return true;
  return agentLegsOf(engine, call).some(({ leg }) => leg.answeredAtMs !== null);
}

/** Calls currently in an IVR flow, oldest first (12.3.1.1.7). */
export function callsInIvrFlow(engine: EngineCore, flowId: number): Call[] {
  return [...engine.calls.values()].filter((call) => call.ivr?.flowId === flowId).sort((a, b) => a.createdAtMs - b.createdAtMs || (a.callId < b.callId ? -1 : 1));
}

/** The VDN's calls by where they are, for the call indicators of Table 12-693. */
export function liveCallCounts(engine: EngineCore): { calls: number; connected: number; ivr: number; queued: number } {
  let connected = 0;
  let ivr = 0;
  for (const call of engine.calls.values()) {
    if (isConnected(engine, call)) connected += 1;
    if (call.ivr) ivr += 1;
  }
  let queued = 0;
  for (const waiting of engine.waiting.values()) queued += waiting.size;
  return { calls: engine.calls.size, connected, ivr, queued };
}

/** Seconds the call has waited in its skill queue so far (0 when it is not queued). */
export function queuedSeconds(call: Call, nowMs: number): number {
  if (!call.queue) return 0;
  return elapsedSeconds(call.queueSinceMs ?? call.queue.sinceMs, nowMs);
}

/** Live customers of one access code (12.3.1.1.11): where they are, and the longest wait in a queue. */
export interface AccessCodeCalls {
  all: number;
  ivr: number;
  agent: number;
  queue: number;
  longestWaitSeconds: number;
}

/**
 * Live calls per access code. A call belongs to the longest access code its dialled number starts
 * with (the routing rule, 5.3); a call is counted once, in the IVR, else in a queue, else at an
 * agent. Only calls from customers (inbound) use an access code.
 */
export function callsByAccessCode(engine: EngineCore, accessCodes: readonly string[], nowMs: number): Map<string, AccessCodeCalls> {
  const byCode = new Map<string, AccessCodeCalls>(accessCodes.map((code) => [code, { all: 0, ivr: 0, agent: 0, queue: 0, longestWaitSeconds: 0 }]));
  const longestFirst = [...accessCodes].sort((a, b) => b.length - a.length);
  for (const call of engine.calls.values()) {
    if (callDirection(call.feature) !== 'in') continue;
    const code = longestFirst.find((c) => call.called.startsWith(c));
    const stats = code === undefined ? undefined : byCode.get(code);
    if (!stats) continue;
    stats.all += 1;
    if (call.ivr) stats.ivr += 1;
    else if (call.queue) {
      stats.queue += 1;
      stats.longestWaitSeconds = Math.max(stats.longestWaitSeconds, queuedSeconds(call, nowMs));
    } else if (call.agents.size > 0) stats.agent += 1;
  }
  return byCode;
}

/**
 * Seconds the call has waited in skill queues: so far while it waits, else until an agent was
 * offered it (0 for a call that never queued).
 */
export function waitedSeconds(engine: EngineCore, call: Call, nowMs: number): number {
  if (call.queue) return queuedSeconds(call, nowMs);
  if (call.queueSinceMs === null) return 0;
  const offered = agentLegsOf(engine, call)
    .map(({ leg }) => leg.cdr.waitBeginMs ?? leg.sinceMs)
    .sort((a, b) => a - b)[0];
  return Math.max(0, Math.floor(((offered ?? nowMs) - call.queueSinceMs) / 1000));
}

/** Seconds since an agent first answered the call, among the agents on it now (0 when none has). */
export function talkedSeconds(engine: EngineCore, call: Call, nowMs: number): number {
  const answered = agentLegsOf(engine, call)
    .map(({ leg }) => leg.answeredAtMs)
    .filter((at): at is number => at !== null)
    .sort((a, b) => a - b)[0];
  return answered === undefined ? 0 : elapsedSeconds(answered, nowMs);
}
