import { legEndMs, orderLegs, requestsOf, spanMs, type CallFacts, type LegFact, type ManualRequest } from './call-facts.ts';
import { mergeSettlement, type SettlementCounters, type SettlementDirection } from './settlement-counters.ts';

/**
 * What one finished call adds to the daily settlement (CEC §12.3.2.10/.11, note 08 §5.4.4,
 * decision 0830): one entry keyed by its day, direction, called (inbound) or calling (outbound)
 * number, call type, settlement skill, business type and campaign, with the counters of Tables
 * 12-569 / 12-573 computed from its CDR legs. Everything is keyed on CDR fields (call type, device
 * types, leave reasons), so campaign calls of the dialer (types 41–45) settle like agent call-outs.
 */
export interface SettlementKey {
  direction: SettlementDirection;
  /** Start of the UTC day of the call's first arrival (VDN days are UTC days, decision 0814). */
  logDayMs: number;
  number: string;
  callType: number;
  /** The skill the call is settled under: its first skill queue (inbound) or its agent's skill; −1 when none. */
  skillId: number;
  /** The business type (IVR flow) the call went through; 65535 when none (ref L60863 example). */
  serviceNo: number;
  /** The outbound campaign; "-1" when none: CDR legs carry no campaign yet (ref L61166 example). */
  obsServiceNo: string;
}

export interface SettlementEntry {
  key: SettlementKey;
  /** End of the call: the group's `currentAgentId`/`currentSkillId` come from its latest call. */
  lastEndMs: number;
  currentAgentId: number;
  currentSkillId: number;
  counters: SettlementCounters;
}

const dayMs = 86_400_000;
const device = { queue: 1, agent: 2, ivr: 3 } as const;
/** Leave reason 16: the agent released (Table 12-700). */
const agentReleased = 16;
/** Call types of campaign calls (Table 12-697): predicted/pre-connected, previewed, pre-occupied. */
const predictedTypes: ReadonlySet<number> = new Set([42, 43, 61, 62]);
const previewTypes: ReadonlySet<number> = new Set([44, 63]);
const preOccupiedTypes: ReadonlySet<number> = new Set([41, 60]);
/** Network call types (13 NIRC_CALL_IN, 17 NIRC_INTER_CALL_IN). */
const networkTypes: ReadonlySet<number> = new Set([13, 17]);

const lt = [3, 5, 10, 30, 60] as const;
const gt = [10, 60] as const;
const sec = (n: number) => n * 1000;

class Tally {
  readonly c: SettlementCounters = {};
  add(name: string, by = 1): void {
    if (by !== 0) this.c[name] = (this.c[name] ?? 0) + by;
  }
  extreme(name: string, value: number): void {
    mergeSettlement(this.c, { [name]: value });
  }
  /** The threshold counters of one attempt: answered within/after N s, talk shorter/longer, failed waits. */
  thresholds(answered: boolean, waitMs: number, talkMs: number): void {
    if (answered) {
      for (const n of lt) if (waitMs <= sec(n)) this.add(`succAckTimeLt${n}`);
      for (const n of gt) if (waitMs > sec(n)) this.add(`succAckTimeGt${n}`);
      for (const n of lt) if (talkMs < sec(n)) this.add(`callTimeLt${n}`);
      for (const n of gt) if (talkMs > sec(n)) this.add(`callTimeGt${n}`);
      return;
    }
    for (const n of lt) if (waitMs < sec(n)) this.add(`failTimeLt${n}`);
    for (const n of gt) if (waitMs > sec(n)) this.add(`failTimeGt${n}`);
  }
}

const costMinutes = (ms: number) => Math.ceil(ms / 60_000);

/** Hand-overs an agent made: an answered agent leg followed by a queue, another agent or the IVR. */
function handOffs(legs: readonly LegFact[]) {
  const out = { toQueue: 0, toAgent: 0, toIvr: [] as { ms: number; released: boolean }[] };
  legs.forEach((leg, i) => {
    const next = legs[i + 1];
    if (leg.deviceType !== device.agent || leg.callBeginMs === null || !next) return;
    if (next.deviceType === device.queue) out.toQueue += 1;
    else if (next.deviceType === device.agent) out.toAgent += 1;
    else if (next.deviceType === device.ivr) out.toIvr.push({ ms: spanMs(next.callBeginMs ?? next.openedAtMs, legEndMs(next)), released: i + 2 >= legs.length });
  });
  return out;
}

/** IVR counters both directions share (business type visits, system-level IVR calls, manual-to-IVR). */
function addIvr(t: Tally, call: CallFacts, legs: readonly LegFact[], manual: boolean): number {
  const connected = call.ivr.filter((i) => i.connected);
  t.add('ivrOccupyNum', call.ivr.length);
  t.add('ivrCallSuccNum', connected.length);
  const ivrMs = connected.reduce((n, i) => n + i.durationMs, 0);
  t.add('ivrCallTime', ivrMs);
  for (const i of connected) {
    t.extreme('maxIvrCallTime', i.durationMs);
    t.extreme('minIvrCallTime', i.durationMs);
  }
  t.add('autoUserAbandonNum', call.ivr.filter((i) => i.userAbort).length);
  // IVR only: the call never asked for an agent (as the VDN's IDX_COUNT_IVR_ONLY_INBOUND counts it).
  if (call.ivr.length > 0 && !manual) {
    t.add('ivrOnlyNum');
    if (connected.length > 0) t.add('ivrOnlySuccNum');
    t.add('ivrOnlyTime', call.ivr.reduce((n, i) => n + i.durationMs, 0));
  }
  // A system-level IVR call is one the platform answered first (its first device is an IVR).
  const first = legs[0];
  if (first?.deviceType === device.ivr) {
    t.add('autoCallNum');
    if (first.callBeginMs !== null) t.add('autoCallSuccNum');
    t.add('autoAnsTime', spanMs(first.waitBeginMs, first.callBeginMs));
    if (legs.length > 1) t.add('autoTransferNum');
  }
  const moves = handOffs(legs);
  t.add('hangUpNum', moves.toIvr.length);
  t.add('hangUpTime', moves.toIvr.reduce((n, m) => n + m.ms, 0));
  t.add('hangUpReleaseNum', moves.toIvr.filter((m) => m.released).length);
  return ivrMs;
}

function addQueueWaits(t: Tally, requests: readonly ManualRequest[], prefix: '' | 'pre'): void {
  for (const r of requests) {
    if (!r.counted || !r.hadQueue) continue;
    if (prefix === 'pre') {
      t.add('preQueueWaitNum');
      t.add('preQueueWaitTime', r.queueMs);
      if (r.end === 'userAbandonQueue') t.add('preAbortQueueWaitNum');
    }
    if (r.answered) continue;
    t.add(prefix === 'pre' ? 'preFailQueueWaitNum' : 'failQueueWaitNum');
    t.add(prefix === 'pre' ? 'preFailQueueWaitTime' : 'failQueueWaitTime', r.queueMs);
    if (prefix === 'pre') {
      t.add('failQueueWaitNum');
      t.add('failQueueWaitTime', r.queueMs);
    }
  }
}

function inbound(t: Tally, call: CallFacts, legs: readonly LegFact[]): void {
  const requests = call.requests.filter((r) => r.counted);
  let talkMs = 0;
  for (const r of call.requests) t.add('queueWaitTime', r.queueMs);
  for (const r of requests) {
    t.add('inOccupyNum');
    if (r.rang) {
      t.add('waitAnsNum');
      t.add('waitAnsTime', r.ringMs);
      t.extreme('maxWaitAnsTime', r.ringMs);
      t.extreme('minWaitAnsTime', r.ringMs);
    }
    if (r.hadQueue) {
      t.extreme('maxQueueWaitTime', r.queueMs);
      t.extreme('minQueueWaitTime', r.queueMs);
    }
    if (r.end === 'timeoutToIvr' || r.end === 'overflowToIvr') {
      t.add('queOverToIvrNum');
      t.add('queOverToIvrTime', r.queueMs);
    }
    t.thresholds(r.answered, r.waitMs, r.talkMs);
    if (r.answered) {
      talkMs += r.talkMs;
      t.add('inCallSuccNum');
      t.add('inCallTime', r.talkMs);
      t.extreme('maxCallTime', r.talkMs);
      t.extreme('minCallTime', r.talkMs);
      if (r.rang) t.add('succWaitAnsNum');
      t.add('succWaitAnsTime', r.ringMs);
      if (r.hadQueue) {
        t.add('succQueueWaitNum');
        t.add('succQueueWaitTime', r.queueMs);
      }
      // CEC Table 12-569 reserved_col3 by default (ref L60851): answered with a wait of at most 15 s.
      if (r.waitMs <= sec(15)) t.add('reservedCol3');
    } else {
      t.add('failWaitAnsTime', r.ringMs);
      if (r.rang) t.add('noAckNum');
    }
  }
  addQueueWaits(t, requests, '');
  const moves = handOffs(legs);
  t.add('agentToQueueNum', moves.toQueue);
  t.add('agentToAgentNum', moves.toAgent);
  if (networkTypes.has(legs[0]!.callType)) {
    t.add('netCallNum');
    if (call.connected) t.add('netCallSuccNum');
  }
  t.add('inVdnTime', call.endMs - call.startMs);
  const ivrMs = addIvr(t, call, legs, call.requests.length > 0);
  t.add('inCallCostMinute', costMinutes(talkMs));
  t.add('inCallAllCostMinute', costMinutes(talkMs + ivrMs));
}

/** An agent leg of an outbound call: the agent dials, the callee rings (ack) and answers (call). */
function agentAttempts(legs: readonly LegFact[]) {
  return legs.flatMap((leg, i) => {
    if (leg.deviceType !== device.agent) return [];
    const answered = leg.callBeginMs !== null;
    const ringMs = spanMs(leg.ackBeginMs, leg.callBeginMs ?? legEndMs(leg));
    const waitMs = spanMs(leg.waitBeginMs ?? leg.openedAtMs, leg.callBeginMs ?? legEndMs(leg));
    return [{ answered, ringMs, waitMs, talkMs: spanMs(leg.callBeginMs, leg.callEndMs), transferred: answered && i + 1 < legs.length, agentHungUp: leg.leaveReason === agentReleased }];
  });
}

function outbound(t: Tally, call: CallFacts, legs: readonly LegFact[], requests: readonly ManualRequest[]): void {
  const callType = legs[0]!.callType;
  const attempts = agentAttempts(legs);
  const answered = attempts.filter((a) => a.answered);
  const talkMs = answered.reduce((n, a) => n + a.talkMs, 0);
  const transferred = attempts.filter((a) => a.transferred).length;
  for (const a of attempts) {
    t.add('outOccupyNum');
    t.add('outWaitAnsTime', a.ringMs);
    if (a.ringMs > 0) {
      t.extreme('maxWaitAnsTime', a.ringMs);
      t.extreme('minWaitAnsTime', a.ringMs);
    }
    t.thresholds(a.answered, a.answered ? a.ringMs : a.waitMs, a.talkMs);
    if (!a.answered && a.agentHungUp && a.waitMs < sec(3)) t.add('agentHangUpLt3');
    if (!a.answered) continue;
    t.add('outSuccWaitAnsNum');
    t.add('outCallSuccNum');
    t.add('succWaitAnsTime', a.ringMs);
    t.add('outCallTime', a.talkMs);
    t.extreme('maxCallTime', a.talkMs);
    t.extreme('minCallTime', a.talkMs);
  }
  t.add('agentTransferNum', transferred);
  const successAckMs = answered[0]?.ringMs ?? 0;
  if (predictedTypes.has(callType)) {
    t.add('preCallNum');
    if (call.connected) t.add('preCallSuccNum');
    if (attempts.length > 0) t.add('preAgentNum');
    if (call.agentAnswered) t.add('preAgentSuccNum');
    else if (call.connected) t.add('preNoAckNum');
    t.add('preTransferNum', transferred);
    t.add('preTotalTime', call.endMs - call.startMs);
    addQueueWaits(t, requests, 'pre');
  } else addQueueWaits(t, requests, '');
  if (previewTypes.has(callType)) {
    t.add('preViewedCallNum');
    if (call.connected) t.add('preViewedCallSuccNum');
    t.add('preViewedTransferNum', transferred);
    t.add('preViewedSuccAckTime', successAckMs);
  }
  if (preOccupiedTypes.has(callType)) {
    t.add('preOccupiedCallNum');
    if (call.connected) t.add('preOccupiedSuccNum');
    t.add('preOccupiedSuccAckTime', successAckMs);
    t.add('preOccupiedAgentSuccNum', answered.length);
    t.add('preOccupiedAgentSuccTime', talkMs);
    t.add('preOccupiedTransferNum', transferred);
  }
  t.add('outVdnTime', call.endMs - call.startMs);
  const ivrMs = addIvr(t, call, legs, requests.length > 0);
  t.add('outCallCostMinute', costMinutes(talkMs));
  t.add('outCallAllCostMinute', costMinutes(talkMs + ivrMs));
  // CEC Table 12-573 reservedCol3 by default (ref L61138): talk of at least 15 s.
  if (talkMs >= sec(15)) t.add('reservedCol3');
}

const numeric = (text: string) => (/^\d+$/.test(text) ? Number(text) : null);

/** The settlement entry of a finished call; null for internal calls, which neither table settles. */
export function settlementOf(call: CallFacts, rows: readonly LegFact[]): SettlementEntry | null {
  if (call.direction === 'internal' || rows.length === 0) return null;
  const legs = orderLegs(rows);
  const direction: SettlementDirection = call.direction;
  const requests = direction === 'in' ? call.requests : requestsOf(legs);
  const t = new Tally();
  if (direction === 'in') inbound(t, call, legs);
  else outbound(t, call, legs, requests);
  const last = legs.at(-1)!;
  const firstSkill = requests[0]?.skillId;
  const serviceNo = legs.map((l) => (l.deviceType === device.ivr ? numeric(l.serviceNo) : null)).find((n) => n !== null);
  return {
    key: {
      direction,
      logDayMs: Math.floor(call.startMs / dayMs) * dayMs,
      number: direction === 'in' ? call.calleeNo : call.callerNo,
      callType: legs[0]!.callType,
      skillId: firstSkill !== undefined && firstSkill > 0 ? firstSkill : -1,
      serviceNo: serviceNo ?? 65535,
      obsServiceNo: '-1',
    },
    lastEndMs: call.endMs,
    currentAgentId: numeric(last.agentId) ?? -1,
    currentSkillId: last.currentSkillId ?? last.skillId ?? -1,
    counters: t.c,
  };
}
