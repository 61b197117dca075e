/**
 * The 5-minute CTI system samples of §12.3.6.6 (Table 12-675), computed from the durable records
 * (decision 0822): call counts from the CDR rows opened in the period, agent counts from the agent
 * journal at the moment the sample is taken (the period's last millisecond, or now for the period
 * in progress); an agent signed in to no skill queue is online but in none of the state counts
 * (decision 0842). Pure: the caller loads the rows.
 */

export const samplePeriodMs = 5 * 60_000;

/** Call types of the engine (Table 6-455): 0 inbound, 7 outbound. */
const inboundCallType = 0;
const outboundCallType = 7;
/** Device type 2: agent (Table 12-701). */
const agentDevice = 2;

/** Agent journal op types (Table 13-128) and what the sample counts them as. */
const talkingOps = new Set([4, 10, 38, 40, 41, 43]);
const idleOps = new Set([2, 30]);
const busyOps = new Set([3, 31]);
const restOps = new Set([26]);

export interface SampleCall {
  callId: string;
  openedAtMs: number;
  callType: number;
  deviceType: number;
  callBeginMs: number | null;
}

export interface SampleInterval {
  agent: string;
  opType: number;
  beginMs: number;
  /** Exclusive; Infinity for the interval an agent is in now. */
  endMs: number;
  /** Whether the agent was signed in to a skill queue, i.e. answered inbound calls. */
  takesInbound: boolean;
}

export interface CtiSample {
  beginTime: number;
  onlineAgentNums: number;
  talkingNums: number;
  ideaAgentNum: number;
  busyNums: number;
  restNums: number;
  incallNums: number;
  rateNum: number;
  callRate: number;
  callOutNums: number;
}

/** The period starts in [fromMs, toMs) that have begun by `nowMs`, oldest first. */
export function samplePeriods(fromMs: number, toMs: number, nowMs: number): number[] {
  const starts: number[] = [];
  const first = Math.ceil(fromMs / samplePeriodMs) * samplePeriodMs;
  for (let t = first; t < toMs && t <= nowMs; t += samplePeriodMs) starts.push(t);
  return starts;
}

/**
 * One sample per period start. `calls` are the CDR rows of the calls that started within the
 * periods (rows of calls begun earlier left out by the caller).
 */
export function ctiSamples(periods: readonly number[], calls: readonly SampleCall[], intervals: readonly SampleInterval[], nowMs: number): CtiSample[] {
  const byCall = new Map<string, { start: number; type: number; answered: number | null }>();
  for (const row of calls) {
    const seen = byCall.get(row.callId) ?? { start: row.openedAtMs, type: row.callType, answered: null };
    if (row.openedAtMs < seen.start) seen.start = row.openedAtMs;
    if (row.deviceType === agentDevice && row.callBeginMs !== null && (seen.answered === null || row.callBeginMs < seen.answered)) seen.answered = row.callBeginMs;
    byCall.set(row.callId, seen);
  }
  const periodOf = (ms: number) => Math.floor(ms / samplePeriodMs) * samplePeriodMs;
  const inbound = new Map<number, number>();
  const connected = new Map<number, number>();
  const outbound = new Map<number, number>();
  const bump = (map: Map<number, number>, key: number) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const call of byCall.values()) {
    if (call.type === inboundCallType) {
      bump(inbound, periodOf(call.start));
      if (call.answered !== null) bump(connected, periodOf(call.answered));
    } else if (call.type === outboundCallType) bump(outbound, periodOf(call.start));
  }
  return periods.map((beginTime) => {
    const at = Math.min(beginTime + samplePeriodMs - 1, nowMs);
    const states = new Map<string, SampleInterval>();
    for (const i of intervals) if (i.beginMs <= at && at < i.endMs) states.set(i.agent, i);
    // Table 12-675: the four state counts leave out agents who do not answer inbound calls.
    const count = (ops: Set<number>) => [...states.values()].filter((i) => i.takesInbound && ops.has(i.opType)).length;
    const incallNums = inbound.get(beginTime) ?? 0;
    const rateNum = connected.get(beginTime) ?? 0;
    return {
      beginTime,
      onlineAgentNums: states.size,
      talkingNums: count(talkingOps),
      ideaAgentNum: count(idleOps),
      busyNums: count(busyOps),
      restNums: count(restOps),
      incallNums,
      rateNum,
      // Decision 0822: a whole percentage, 0 without inbound calls.
      callRate: incallNums === 0 ? 0 : Math.round((Math.min(rateNum, incallNums) / incallNums) * 100),
      callOutNums: outbound.get(beginTime) ?? 0,
    };
  });
}
