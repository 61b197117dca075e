/**
 * A call's summary from its CDR rows (one row per device visit, 13.2.2.1), as 12.3.1.1.12/.13
 * (call lists) and 12.3.1.4.3 (CDR summary of a call) report it (note 08 §5.4.1): the call starts
 * when its first row opens, waits from its first queue entry, rings when an agent first rings,
 * begins when an agent first answers, ends when its last row (call_id_num −1) closes; durations
 * are summed per kind of device. Pure: the rows are read by the caller.
 */
export interface CdrFacts {
  readonly callId: string;
  readonly vdnId: number;
  readonly callIdNum: number | null;
  readonly agentId: string;
  readonly callerNo: string;
  readonly calleeNo: string;
  readonly deviceType: number;
  readonly deviceNo: number;
  readonly preDeviceType: number | null;
  readonly preDeviceNo: number | null;
  readonly callType: number;
  readonly releaseCause: number | null;
  readonly currentSkillId: number | null;
  readonly leaveReason: number | null;
  readonly mediaType: number;
  readonly subMediaType: number | null;
  readonly waitBeginMs: number | null;
  readonly waitEndMs: number | null;
  readonly ackBeginMs: number | null;
  readonly ackEndMs: number | null;
  readonly callBeginMs: number | null;
  readonly callEndMs: number | null;
  readonly openedAtMs: number;
  readonly closedAtMs: number | null;
}

export interface CallSummary {
  callId: string;
  vdnId: number;
  callerNo: string;
  calleeNo: string;
  callType: number;
  startMs: number;
  /** When the call's record was complete (its last row written): the lists' `logDate`. */
  logDateMs: number;
  /** 0 when the call never reached that point (the tables give no other value for "none"). */
  waitBeginMs: number;
  ackBeginMs: number;
  callBeginMs: number;
  callEndMs: number;
  leaveReason: number;
  releaseCause: number;
  mediaType: number;
  subMediaType: number;
  /** The agent that answered last (else the last one offered the call), −1 for none. */
  agentId: number;
  /** The skill the call was served for, −1 for none. */
  skillId: number;
  queueWaitSeconds: number;
  ivrSeconds: number;
  ringSeconds: number;
  talkSeconds: number;
}

/** Device types of Table 12-701: 1 skill queue, 2 agent, 3 IVR flow. */
const queue = 1;
const agent = 2;
const ivr = 3;

const seconds = (ms: number): number => Math.max(0, Math.round(ms / 1000));
const span = (from: number | null, to: number | null): number => (from !== null && to !== null ? Math.max(0, to - from) : 0);

/** Closed rows in the order of call_id_num (1, 2, 3... then −1), the order of the call track. */
export function traceOrder<T extends Pick<CdrFacts, 'callIdNum'>>(rows: readonly T[]): T[] {
  const rank = (n: number | null) => (n === -1 ? Number.MAX_SAFE_INTEGER : (n ?? Number.MAX_SAFE_INTEGER - 1));
  return rows.filter((r) => r.callIdNum !== null).sort((a, b) => rank(a.callIdNum) - rank(b.callIdNum));
}

/** The summary of a finished call, or null while its last row is not written. */
export function callSummary(rows: readonly CdrFacts[]): CallSummary | null {
  const last = rows.find((r) => r.callIdNum === -1);
  if (!last || last.closedAtMs === null) return null;
  const byOpening = [...rows].sort((a, b) => a.openedAtMs - b.openedAtMs);
  const first = byOpening[0]!;
  const queues = byOpening.filter((r) => r.deviceType === queue);
  const agents = byOpening.filter((r) => r.deviceType === agent);
  const answered = agents.filter((r) => r.callBeginMs !== null);
  const served = answered.at(-1) ?? agents.at(-1);
  const skill = served?.currentSkillId ?? queues.at(-1)?.deviceNo ?? null;
  const sum = (list: readonly CdrFacts[], of: (r: CdrFacts) => number) => seconds(list.reduce((total, r) => total + of(r), 0));
  return {
    callId: last.callId,
    vdnId: last.vdnId,
    callerNo: first.callerNo,
    calleeNo: first.calleeNo,
    callType: first.callType,
    startMs: first.openedAtMs,
    logDateMs: last.closedAtMs,
    waitBeginMs: queues[0]?.waitBeginMs ?? first.waitBeginMs ?? first.openedAtMs,
    ackBeginMs: agents.find((r) => r.ackBeginMs !== null)?.ackBeginMs ?? 0,
    callBeginMs: answered[0]?.callBeginMs ?? 0,
    callEndMs: last.closedAtMs,
    leaveReason: last.leaveReason ?? 0,
    releaseCause: last.releaseCause ?? 0,
    mediaType: first.mediaType,
    subMediaType: first.subMediaType ?? 0,
    agentId: served && served.agentId !== '' ? Number(served.agentId) : -1,
    skillId: skill ?? -1,
    queueWaitSeconds: sum(queues, (r) => span(r.waitBeginMs, r.waitEndMs ?? r.closedAtMs)),
    ivrSeconds: sum(
      byOpening.filter((r) => r.deviceType === ivr),
      (r) => span(r.callBeginMs ?? r.openedAtMs, r.callEndMs ?? r.closedAtMs),
    ),
    ringSeconds: sum(agents, (r) => span(r.ackBeginMs, r.ackEndMs)),
    talkSeconds: sum(agents, (r) => span(r.callBeginMs, r.callEndMs)),
  };
}

/**
 * Why the call entered each row's device (the trace's `EnterReason`, Table 12-700): the reason it
 * left the device before, i.e. the leave reason of the latest row of the previous device closed
 * by the time this one opened; 0 (normal access) for the first device.
 */
export function enterReason(rows: readonly CdrFacts[], row: CdrFacts): number {
  let best: CdrFacts | undefined;
  for (const r of rows) {
    if (r === row || r.closedAtMs === null || r.closedAtMs > row.openedAtMs) continue;
    if (r.deviceType !== row.preDeviceType || r.deviceNo !== row.preDeviceNo) continue;
    if (!best || r.closedAtMs >= best.closedAtMs!) best = r;
  }
  return best?.leaveReason ?? 0;
}
