import type { AgentLeg, Call, TenantEngine } from '../../../engine/index.ts';
import type { CdrRow } from '../../../store/index.ts';

/** What the call-data interfaces report about one call, before each interface's wire form. */
export interface CallFacts {
  callId: string;
  /** Call type, Table 6-455. */
  feature: number;
  caller: string;
  called: string;
  origCalled: string;
  callData: string;
  skillId: number | null;
  /** The skill's name: the CTI's "skill description" (decision 0602). */
  skillName: string;
  /** Skill media type (5 voice...). */
  mediaType: number;
  /** 1 voice, 2 video, 3 both. */
  mediaAbility: number;
  priority: number;
  beginMs: number | null;
  endMs: number | null;
  /** Seconds the call waited in queues before it reached the agent (or so far, while it waits). */
  waitSeconds: number;
}

const wholeSeconds = (ms: number): number => Math.max(0, Math.floor(ms / 1000));

/**
 * Facts of a call the engine holds. With the agent's leg, `begintime` is when the call reached the
 * agent (its phone started ringing, or the agent started dialling) and the wait ends there; a call
 * still queued began when it was created and has waited until now.
 */
export function liveCallFacts(engine: TenantEngine, call: Call, leg: AgentLeg | undefined): CallFacts {
  const skill = call.currentSkillId === null ? undefined : engine.config.skills.get(call.currentSkillId);
  const reachedMs = leg ? (leg.cdr.waitBeginMs ?? leg.sinceMs) : engine.now();
  return {
    callId: call.callId,
    feature: call.feature,
    caller: call.caller,
    called: call.called,
    origCalled: call.origCalled,
    callData: call.callData,
    skillId: call.currentSkillId,
    skillName: skill?.name ?? '',
    mediaType: skill?.mediaTypeId ?? call.mediaType,
    mediaAbility: call.mediaAbility,
    priority: call.priority,
    beginMs: leg ? (leg.cdr.ackBeginMs ?? leg.cdr.waitBeginMs ?? call.createdAtMs) : call.createdAtMs,
    endMs: null,
    waitSeconds: call.queueSinceMs === null ? 0 : wholeSeconds(reachedMs - call.queueSinceMs),
  };
}

/**
 * Facts of a call that has ended, from its CDR rows (the engine forgets an ended call). The rows
 * carry the numbers, type, skill and times; the call-associated data and the customer level are
 * not recorded in CDRs, so they read "" and 0 (decision 0602).
 */
export function endedCallFacts(engine: TenantEngine, rows: readonly CdrRow[], agentRow: CdrRow): CallFacts {
  const skill = agentRow.currentSkillId === null ? undefined : engine.config.skills.get(agentRow.currentSkillId);
  const firstQueue = rows.find((row) => row.deviceType === 1 && row.waitBeginMs !== null);
  return {
    callId: agentRow.callId,
    feature: agentRow.callType,
    caller: agentRow.callerNo,
    called: agentRow.calleeNo,
    origCalled: agentRow.calleeNo,
    callData: '',
    skillId: agentRow.currentSkillId,
    skillName: skill?.name ?? '',
    mediaType: skill?.mediaTypeId ?? agentRow.mediaType,
    mediaAbility: 1,
    priority: 0,
    beginMs: agentRow.ackBeginMs ?? agentRow.waitBeginMs,
    endMs: agentRow.closedAtMs,
    waitSeconds: firstQueue && agentRow.waitBeginMs !== null ? wholeSeconds(agentRow.waitBeginMs - firstQueue.waitBeginMs!) : 0,
  };
}

/** The original-called-number key: `orgcallednum` in most examples, `orgicallednum` in 6.1.3.6's (note 02 §8.5 item 42). */
export type OrigCalledKey = 'orgcallednum' | 'orgicallednum';

/**
 * The call information object of Tables 6-202, 6-219, 6-223 and 6-241, in their order. Numbers are
 * strings as in every example (note 02 §8.5 item 41); trunkNo 65535 and logontimes 0 because the
 * simulated network has neither trunks nor log-ons to report (decision 0602).
 */
export function callInfoObject(facts: CallFacts, origKey: OrigCalledKey, trace: Record<string, unknown> | null): Record<string, unknown> {
  return {
    callfeature: facts.feature,
    callid: facts.callId,
    caller: facts.caller,
    called: facts.called,
    callskill: facts.skillName,
    callskillid: facts.skillId ?? 0,
    [origKey]: facts.origCalled,
    calldata: facts.callData,
    begintime: facts.beginMs,
    endtime: facts.endMs,
    userPriority: facts.priority,
    trunkNo: 65535,
    logontimes: 0,
    mediaType: facts.mediaType,
    mediaAbility: facts.mediaAbility,
    waitTime: facts.waitSeconds,
    trace,
  };
}

/** A held-call item of 6.1.3.4 (Table 6-215): the fields the table marks "not used" are as the example shows them. */
export function heldCallItem(facts: CallFacts): Record<string, unknown> {
  return {
    callfeature: facts.feature,
    callid: facts.callId,
    caller: facts.caller,
    called: facts.called,
    callskill: facts.skillName,
    callskillid: 0,
    orgcallednum: '',
    calldata: null,
    begintime: null,
    endtime: null,
  };
}

/** A held-call item of 6.1.3.12 (Table 6-245): five fields. */
export function heldCallItemEx(facts: CallFacts): Record<string, unknown> {
  return { callfeature: facts.feature, callid: facts.callId, caller: facts.caller, called: facts.called, callskill: facts.skillName };
}
