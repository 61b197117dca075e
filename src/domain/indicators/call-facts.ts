/**
 * What the indicators read from a finished call's CDR legs (note 08 §4.18 vocabulary, §5.4.2):
 * its manual requests R (a queue visit and the agent legs it led to, or a direct distribution to
 * an agent), its IVR visits I and the call as a whole C. Pure: the legs come from the store.
 */
export interface LegFact {
  callIdNum: number | null;
  deviceType: number;
  deviceNo: number;
  agentId: string;
  callerNo: string;
  calleeNo: string;
  waitBeginMs: number | null;
  waitEndMs: number | null;
  ackBeginMs: number | null;
  ackEndMs: number | null;
  callBeginMs: number | null;
  callEndMs: number | null;
  callType: number;
  releaseCause: number | null;
  skillId: number | null;
  currentSkillId: number | null;
  serviceNo: string;
  leaveReason: number | null;
  mediaType: number;
  subMediaType: number | null;
  openedAtMs: number;
  closedAtMs: number | null;
}

/** Device types of CDR legs (Table 12-701). */
const device = { queue: 1, agent: 2, ivr: 3 } as const;

/** Leave reasons (Table 12-700) that classify how a request ended. */
const leave = { normal: 0, overflow: 1, timeout: 2, noAgent: 3, queueCancelled: 4, agentNoAnswer: 5, userReleased: 15, noResource: 25, toSkill: 28, agentRejected: 50 } as const;

export type RequestEnd =
  | 'answered'
  | 'userAbandonQueue'
  | 'userAbandonRing'
  | 'agentReject'
  | 'ringTimeout'
  | 'queueReleased'
  | 'timeoutToQueue'
  | 'timeoutToAgent'
  | 'timeoutToIvr'
  | 'overflowToQueue'
  | 'overflowToAgent'
  | 'overflowToIvr'
  | 'transferredToQueue'
  | 'other';

export interface AgentVisit {
  agentId: string;
  ringMs: number;
  talkMs: number;
  rang: boolean;
  answered: boolean;
  leaveReason: number | null;
}

export interface ManualRequest {
  skillId: number;
  startMs: number;
  queueMs: number;
  ringMs: number;
  talkMs: number;
  /** Queue plus ring time before the answer, or before the request ended unanswered. */
  waitMs: number;
  rang: boolean;
  answered: boolean;
  end: RequestEnd;
  /** Whether the skill's REQUEST counts it: a move to another queue is counted there (ref L64266). */
  counted: boolean;
  hadQueue: boolean;
  agents: AgentVisit[];
}

export interface IvrVisit {
  serviceNo: string;
  startMs: number;
  durationMs: number;
  connected: boolean;
  userAbort: boolean;
  flowedOut: boolean;
  toManual: boolean;
}

export type Direction = 'in' | 'out' | 'internal';

/**
 * Call types (Table 12-697) by direction, note 08 §4.8: inbound 0, 5, 13, 17, 21, 46; outbound the
 * agent, IVR and PRI call-outs and the campaign calls 40–45, 60–64 (the dialer writes those to the
 * same CDR legs); the rest (6 internal, 18, 51, 52 help calls) is internal.
 */
const inboundTypes: ReadonlySet<number> = new Set([0, 5, 13, 17, 21, 46]);
const outboundTypes: ReadonlySet<number> = new Set([7, 8, 9, 10, 11, 12, 14, 23, 40, 41, 42, 43, 44, 45, 60, 61, 62, 63, 64]);

export function directionOf(callType: number): Direction {
  if (inboundTypes.has(callType)) return 'in';
  if (outboundTypes.has(callType)) return 'out';
  return 'internal';
}

export interface CallFacts {
  callId: string;
  direction: Direction;
  startMs: number;
  endMs: number;
  mediaType: number;
  subMediaType: number;
  callerNo: string;
  calleeNo: string;
  anonymous: boolean;
  connected: boolean;
  agentAnswered: boolean;
  requests: ManualRequest[];
  ivr: IvrVisit[];
  /** Agent legs of an outbound call: the agent's attempt and whether the callee answered. */
  outboundAgents: { agentId: string; startMs: number; talkMs: number; answered: boolean }[];
  releaseCause: number | null;
  firstSkillId: number | null;
}

export const spanMs = (from: number | null, to: number | null): number => (from !== null && to !== null && to > from ? to - from : 0);

/** Legs in leaving order (call_id_num 1, 2, …), the last row (−1) last. */
export function orderLegs(legs: readonly LegFact[]): LegFact[] {
  const rank = (l: LegFact) => (l.callIdNum === -1 ? Number.MAX_SAFE_INTEGER : (l.callIdNum ?? 0));
  return [...legs].sort((a, b) => rank(a) - rank(b) || a.openedAtMs - b.openedAtMs);
}

/** When a leg left its device, whichever of its times says so. */
export function legEndMs(leg: LegFact): number {
  return leg.callEndMs ?? leg.closedAtMs ?? leg.waitEndMs ?? leg.openedAtMs;
}

function moveEnd(kind: 'timeout' | 'overflow', next: LegFact | undefined): RequestEnd {
  const to = next?.deviceType === device.agent ? 'Agent' : next?.deviceType === device.ivr ? 'Ivr' : 'Queue';
  return `${kind}To${to}` as RequestEnd;
}

function classify(r: { queueLeg: LegFact | null; agents: LegFact[] }, next: LegFact | undefined, answered: boolean): RequestEnd {
  if (answered) return 'answered';
  const lastAgent = r.agents.at(-1);
  if (lastAgent) {
    if (lastAgent.leaveReason === leave.userReleased) return 'userAbandonRing';
    if (lastAgent.leaveReason === leave.agentRejected) return 'agentReject';
    if (lastAgent.leaveReason === leave.agentNoAnswer) return 'ringTimeout';
    return 'other';
  }
  const reason = r.queueLeg?.leaveReason;
  if (reason === leave.userReleased) return 'userAbandonQueue';
  if (reason === leave.timeout) return moveEnd('timeout', next);
  if (reason === leave.overflow) return moveEnd('overflow', next);
  if (reason === leave.toSkill || (reason === leave.normal && next?.deviceType === device.queue)) return 'transferredToQueue';
  return 'queueReleased';
}

const movedToQueue: ReadonlySet<RequestEnd> = new Set(['timeoutToQueue', 'overflowToQueue', 'transferredToQueue']);

function buildRequest(queueLeg: LegFact | null, agents: LegFact[], next: LegFact | undefined): ManualRequest {
  const first = queueLeg ?? agents[0]!;
  const startMs = first.waitBeginMs ?? first.ackBeginMs ?? first.openedAtMs;
  const answering = agents.find((a) => a.callBeginMs !== null);
  const firstRing = agents.find((a) => a.ackBeginMs !== null)?.ackBeginMs ?? null;
  const queueEnd = queueLeg ? (firstRing ?? queueLeg.waitEndMs ?? legEndMs(queueLeg)) : startMs;
  const visits: AgentVisit[] = agents.map((a) => ({
    agentId: a.agentId,
    ringMs: spanMs(a.ackBeginMs, a.ackEndMs ?? a.callBeginMs ?? legEndMs(a)),
    talkMs: spanMs(a.callBeginMs, a.callEndMs),
    rang: a.ackBeginMs !== null,
    answered: a.callBeginMs !== null,
    leaveReason: a.leaveReason,
  }));
  const answered = answering !== undefined;
  const stop = answered ? answering.callBeginMs! : Math.max(...[queueLeg, ...agents].filter((l): l is LegFact => l !== null).map(legEndMs));
  const end = classify({ queueLeg, agents }, next, answered);
  return {
    skillId: queueLeg?.deviceNo ?? first.currentSkillId ?? first.skillId ?? 0,
    startMs,
    queueMs: spanMs(startMs, queueEnd),
    ringMs: visits.reduce((n, v) => n + v.ringMs, 0),
    talkMs: visits.reduce((n, v) => n + v.talkMs, 0),
    waitMs: spanMs(startMs, stop),
    rang: visits.some((v) => v.rang),
    answered,
    end,
    counted: !movedToQueue.has(end),
    hadQueue: queueLeg !== null,
    agents: visits,
  };
}

/** The manual requests of ordered legs: queue visits and the agent legs they led to, or direct distributions. */
export function requestsOf(legs: readonly LegFact[]): ManualRequest[] {
  const out: ManualRequest[] = [];
  let open: { queueLeg: LegFact | null; agents: LegFact[] } | null = null;
  const close = (next: LegFact | undefined) => {
    if (open) out.push(buildRequest(open.queueLeg, open.agents, next));
    open = null;
  };
  for (const leg of legs) {
    if (leg.deviceType === device.queue) {
      close(leg);
      open = { queueLeg: leg, agents: [] };
    } else if (leg.deviceType === device.agent) {
      // An agent reached from another agent (a transfer) is a new request, "counted again" (ref L64266).
      if (open && (open.agents.length === 0 || open.agents.at(-1)!.leaveReason === leave.agentNoAnswer)) open.agents.push(leg);
      else {
        close(leg);
        open = { queueLeg: null, agents: [leg] };
      }
    } else close(leg);
  }
  close(undefined);
  return out;
}

function ivrOf(legs: LegFact[]): IvrVisit[] {
  return legs.flatMap((leg, i) => {
    if (leg.deviceType !== device.ivr) return [];
    const next = legs[i + 1];
    const start = leg.waitBeginMs ?? leg.callBeginMs ?? leg.openedAtMs;
    return [{
      serviceNo: leg.serviceNo || '1',
      startMs: start,
      durationMs: spanMs(leg.callBeginMs ?? start, legEndMs(leg)),
      connected: leg.callBeginMs !== null,
      userAbort: leg.leaveReason === leave.userReleased,
      flowedOut: next !== undefined,
      toManual: next?.deviceType === device.queue || next?.deviceType === device.agent,
    }];
  });
}

/** The facts of one finished call from all its legs; null when it has none. */
export function callFacts(callId: string, rows: readonly LegFact[]): CallFacts | null {
  if (rows.length === 0) return null;
  const legs = orderLegs(rows);
  const first = legs[0]!;
  const direction = directionOf(first.callType);
  const startMs = Math.min(...legs.map((l) => l.waitBeginMs ?? l.ackBeginMs ?? l.callBeginMs ?? l.openedAtMs));
  const agentLegs = legs.filter((l) => l.deviceType === device.agent);
  const requests = direction === 'in' ? requestsOf(legs) : [];
  return {
    callId,
    direction,
    startMs,
    endMs: Math.max(...legs.map(legEndMs)),
    mediaType: first.mediaType,
    subMediaType: first.subMediaType ?? -1,
    callerNo: first.callerNo,
    calleeNo: first.calleeNo,
    anonymous: first.callerNo === '',
    connected: legs.some((l) => l.callBeginMs !== null),
    agentAnswered: agentLegs.some((l) => l.callBeginMs !== null),
    requests,
    ivr: ivrOf(legs),
    outboundAgents: direction === 'out' ? agentLegs.map((a) => ({ agentId: a.agentId, startMs: a.waitBeginMs ?? a.openedAtMs, talkMs: spanMs(a.callBeginMs, a.callEndMs), answered: a.callBeginMs !== null })) : [],
    releaseCause: legs.find((l) => l.callIdNum === -1)?.releaseCause ?? null,
    firstSkillId: requests[0]?.skillId ?? null,
  };
}

export interface MissedCall {
  callId: string;
  callerNo: string;
  calleeNo: string;
  waitBeginMs: number;
  callEndMs: number;
  mediaType: number;
  subMediaType: number;
}

/**
 * CEC §12.3.2.2 gives no definition (note 08 §5.4.2): an inbound call that asked for an agent
 * and was never answered by one; IVR-only calls are not missed. It waited from its first request.
 */
export function missedCallOf(call: CallFacts): MissedCall | null {
  if (call.direction !== 'in' || call.agentAnswered || call.requests.length === 0) return null;
  return { callId: call.callId, callerNo: call.callerNo, calleeNo: call.calleeNo, waitBeginMs: call.requests[0]!.startMs, callEndMs: call.endMs, mediaType: call.mediaType, subMediaType: call.subMediaType };
}
