import type { CallFacts, Direction, ManualRequest } from './call-facts.ts';
import { addCount, addExtreme, bucketMs, bucketStart, thresholdSeconds, type Measures } from './measures.ts';

/**
 * What one finished call or one agent operation adds to the roll-up: measures per scope
 * (skill, agent, VDN, IVR business type) in the 15-minute UTC bucket of its start (note 08
 * §5.4.3 rule 1, decision 0813). Durations of agent operations are split across bucket edges.
 */
export type Scope = 'skill' | 'agent' | 'vdn' | 'ivr';

export interface Dims {
  mediaType: number;
  subMediaType: number;
  /** VDN scope only: 1 when the caller is anonymous (12.3.2.1 `anonyCall`), else 0. */
  anony: number;
  /** VDN scope only: the called number (12.3.2.1 `calleeNo`), else ''. */
  calleeNo: string;
}

export interface Contribution {
  scope: Scope;
  id: string;
  bucketMs: number;
  dims: Dims;
  measures: Measures;
}

class Collector {
  private readonly byKey = new Map<string, Contribution>();

  at(scope: Scope, id: string, atMs: number, dims: Dims): Measures {
    const bucket = bucketStart(atMs);
    const key = `${scope}|${id}|${bucket}|${dims.mediaType}|${dims.subMediaType}|${dims.anony}|${dims.calleeNo}`;
    let c = this.byKey.get(key);
    if (!c) {
      c = { scope, id, bucketMs: bucket, dims, measures: {} };
      this.byKey.set(key, c);
    }
    return c.measures;
  }

  list(): Contribution[] {
    return [...this.byKey.values()].filter((c) => Object.keys(c.measures).length > 0);
  }
}

const within = (ms: number, seconds: number) => ms <= seconds * 1000;

function addRequestToSkill(m: Measures, r: ManualRequest): void {
  addCount(m, 'allQueue', r.queueMs);
  addCount(m, 'allRing', r.ringMs);
  if (r.end === 'timeoutToQueue') addCount(m, 'timeoutQueue');
  if (r.end === 'overflowToQueue') addCount(m, 'overflowQueue');
  if (!r.counted) return;
  addCount(m, 'req');
  addCount(m, 'wait', r.waitMs);
  addExtreme(m, 'waitMax', r.waitMs);
  addExtreme(m, 'waitMin', r.waitMs);
  if (r.rang) addCount(m, 'rang');
  const endCounts: Partial<Record<ManualRequest['end'], string>> = {
    userAbandonQueue: 'userAbQ',
    userAbandonRing: 'userAbR',
    agentReject: 'agentRej',
    queueReleased: 'queueRel',
    ringTimeout: 'sysLost',
    timeoutToAgent: 'timeoutAgent',
    overflowToAgent: 'overflowAgent',
    timeoutToIvr: 'timeoutIvr',
    overflowToIvr: 'overflowIvr',
  };
  const endName = endCounts[r.end];
  if (endName) addCount(m, endName);
  if (r.end === 'userAbandonQueue') addCount(m, 'queueUserAbQ', r.queueMs);
  if (r.end === 'userAbandonRing') addCount(m, 'waitUserAbR', r.waitMs);
  if (r.answered) {
    addCount(m, 'conn');
    addCount(m, 'talk', r.talkMs);
    addCount(m, 'ringConn', r.ringMs);
    addCount(m, 'queueConn', r.queueMs);
    if (r.rang) addCount(m, 'rangConn');
    for (const n of thresholdSeconds) if (within(r.waitMs, n)) addCount(m, `connIn${n}`);
  } else {
    addCount(m, 'lost');
    addCount(m, 'ringLost', r.ringMs);
    addCount(m, 'queueLost', r.queueMs);
    if (r.rang) addCount(m, 'rangLost');
    if (r.hadQueue) addCount(m, 'failQueueWait');
    for (const n of thresholdSeconds) if (within(r.waitMs, n)) addCount(m, `abIn${n}`);
  }
}

function addRequestToAgents(out: Collector, r: ManualRequest, dims: Dims): void {
  for (const v of r.agents) {
    if (!v.agentId) continue;
    const m = out.at('agent', v.agentId, r.startMs, dims);
    addCount(m, 'aReq');
    addCount(m, 'aRing', v.ringMs);
    if (v.rang) addCount(m, 'aWaitAns');
    if (v.answered) {
      addCount(m, 'aConn');
      addCount(m, 'aTalkIn', v.talkMs);
      addExtreme(m, 'aTalkMax', v.talkMs);
      addExtreme(m, 'aTalkMin', v.talkMs);
      for (const n of thresholdSeconds) if (within(v.ringMs, n)) addCount(m, `aConnIn${n}`);
      continue;
    }
    if (v.rang) addCount(m, 'aLostRing');
    if (v.leaveReason === 5) addCount(m, 'aNoAck');
    if (v.leaveReason === 15 || v.leaveReason === 50) addCount(m, 'aHangUp');
  }
}

function addCallToVdn(m: Measures, call: CallFacts): void {
  const inbound = call.direction === 'in';
  const p = inbound ? 'in' : 'out';
  if (call.direction === 'internal') return;
  addCount(m, `${p}Call`);
  if (call.connected) addCount(m, `${p}Conn`);
  addCount(m, `${p}Vdn`, call.endMs - call.startMs);
  const ivrConnected = call.ivr.filter((i) => i.connected).length;
  if (call.ivr.length > 0) addCount(m, `${p}UniqIvr`);
  if (ivrConnected > 0) addCount(m, `${p}UniqIvrConn`);
  addCount(m, `${p}Ivr`, call.ivr.length);
  addCount(m, `${p}IvrConn`, ivrConnected);
  if (!inbound) {
    const answered = call.outboundAgents.filter((a) => a.answered);
    addCount(m, 'outAgentConn', answered.length);
    addCount(m, 'outAgentTalk', answered.reduce((n, a) => n + a.talkMs, 0));
    return;
  }
  if (call.agentAnswered) addCount(m, 'assigned');
  if (call.requests.length === 0 && call.ivr.length > 0) {
    addCount(m, 'ivrOnly');
    if (ivrConnected > 0) addCount(m, 'ivrOnlyConn');
    addCount(m, 'ivrOnlyDur', call.ivr.reduce((n, i) => n + i.durationMs, 0));
  }
  for (const r of call.requests) {
    if (!r.counted) continue;
    addCount(m, 'agentIn');
    addCount(m, 'waitIn', r.waitMs);
    if (r.answered) {
      addCount(m, 'agentInConn');
      addCount(m, 'talkIn', r.talkMs);
      for (const n of thresholdSeconds) if (within(r.waitMs, n)) addCount(m, `connIn${n}`);
    } else for (const n of thresholdSeconds) if (within(r.waitMs, n)) addCount(m, `abIn${n}`);
  }
}

/** Everything a finished call adds to the roll-up, per scope and bucket. */
export function callContributions(call: CallFacts): Contribution[] {
  const out = new Collector();
  const media = { mediaType: call.mediaType, subMediaType: call.subMediaType };
  const plain: Dims = { ...media, anony: 0, calleeNo: '' };
  for (const r of call.requests) {
    addRequestToSkill(out.at('skill', String(r.skillId), r.startMs, plain), r);
    if (r.counted) addRequestToAgents(out, r, plain);
  }
  // CEC Table 12-686 IDX_COUNT_SKILL_INCOMING_CALL: voice calls, once, in the first skill reached.
  const first = call.requests[0];
  if (first && call.mediaType === 5) addCount(out.at('skill', String(first.skillId), first.startMs, plain), 'incoming');
  for (const a of call.outboundAgents) {
    if (!a.agentId) continue;
    const m = out.at('agent', a.agentId, a.startMs, plain);
    addCount(m, 'aOutTotal');
    if (a.answered) {
      addCount(m, 'aOut');
      addCount(m, 'aTalkOut', a.talkMs);
    }
  }
  addCallToVdn(out.at('vdn', '', call.startMs, { ...media, anony: call.anonymous ? 1 : 0, calleeNo: call.direction === 'in' ? call.calleeNo : '' }), call);
  for (const i of call.ivr) {
    if (call.direction !== 'in') continue;
    const m = out.at('ivr', i.serviceNo, i.startMs, plain);
    addCount(m, 'ivrIn');
    if (i.connected) {
      addCount(m, 'ivrConn');
      addCount(m, 'ivrConnDur', i.durationMs);
    }
    if (i.flowedOut) addCount(m, 'ivrFlowOut');
    if (i.userAbort) addCount(m, 'ivrUserAbort');
    if (i.toManual) addCount(m, 'ivrToAgent');
  }
  return out.list();
}

export interface OperationFact {
  agentId: string;
  opType: number;
  opCause: number;
  beginMs: number;
  endMs: number;
  mediaType: number;
  /** The call the operation is about ('' for none). */
  callId?: string;
  /** After-call wrap-up only: the direction of the call before it, when known (decision 0832). */
  afterCall?: Direction | null;
}

/** Work state 27 with cause 0 is the wrap-up after a call (Table 12-702). */
export const isAfterCallWrapUp = (op: Pick<OperationFact, 'opType' | 'opCause'>): boolean => op.opType === 27 && op.opCause === 0;

/** Agent operation types (Table 12-702) whose intervals are not part of a sign-in session's time. */
const instantTypes = new Set([0, 1]);

/**
 * An agent operation interval: its count in the bucket of its begin, its duration split across
 * the buckets it spans (sign-in time is the sum of the session's intervals, which are gapless).
 */
export function operationContributions(op: OperationFact): Contribution[] {
  const out = new Collector();
  const dims: Dims = { mediaType: op.mediaType, subMediaType: -1, anony: 0, calleeNo: '' };
  const begin = out.at('agent', op.agentId, op.beginMs, dims);
  addCount(begin, `op${op.opType}`);
  const afterCall = isAfterCallWrapUp(op);
  // Wrap-up after an inbound or an outbound call (Table 12-689 COLLATION_CALL_IN/_OUT); one after
  // an internal call, or whose call is unknown, counts in the total only.
  const side = op.afterCall === 'in' ? 'collationIn' : op.afterCall === 'out' ? 'collationOut' : null;
  if (afterCall) addCount(begin, 'collation');
  if (afterCall && side) addCount(begin, side);
  for (let from = op.beginMs; from < op.endMs; ) {
    const to = Math.min(op.endMs, bucketStart(from) + bucketMs);
    const m = out.at('agent', op.agentId, from, dims);
    addCount(m, `opDur${op.opType}`, to - from);
    if (afterCall) addCount(m, 'collationDur', to - from);
    if (afterCall && side) addCount(m, `${side}Dur`, to - from);
    if (!instantTypes.has(op.opType)) addCount(m, 'signInDur', to - from);
    from = to;
  }
  return out.list();
}
