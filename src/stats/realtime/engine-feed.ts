import type { Clock } from '../../domain/time/index.ts';
import type { AgentRuntime, Call, CdrLeg, OpenOperation } from '../../engine/index.ts';
import type { RealtimeStatistics } from './realtime-statistics.ts';

/** CDR device types (Table 12-701) and agent operation types (Table 12-702) the feed reads. */
const device = { queue: 1, agent: 2, ivr: 3 } as const;
const op = { idle: 2, work: 27 } as const;
/** Call features (Table 6-455): the statistics follow customer calls; 7 is an agent's outbound call. */
const feature = { inbound: 0, outbound: 7 } as const;

/** What the feed remembers of a live inbound call: its arrival, and its request in a skill. */
interface Tracked {
  vdnId: number;
  arrivedMs: number;
  answered: boolean;
  request: { skillId: number; enteredMs: number; answered: boolean } | null;
  /** IVR time not yet credited to a skill (it goes to the next skill the call queues in). */
  pendingIvrMs: number;
}

/**
 * Turns what the engine produces (CDR rows opening and closing, operation intervals, facts) into
 * the events of RealtimeStatistics, as they happen, in O(1) each. It keeps a small record per live
 * inbound call (dropped when the call ends) and the skill of each agent's last call, for the
 * wrap-up that follows it. A request (a call in a skill) starts when the call enters the skill's
 * queue; a re-queue after an unanswered offer continues it, a move to another skill starts a new
 * one (the old is neither connected nor lost), as does queueing again after an agent answered.
 */
export class RealtimeFeed {
  private readonly calls = new Map<string, Tracked>();
  private readonly lastSkillOf = new Map<string, number>();

  constructor(
    private readonly stats: RealtimeStatistics,
    private readonly clock: Clock,
  ) {}

  fact(vdnId: number, kind: string, data: Record<string, unknown>): void {
    const callId = typeof data.callId === 'string' ? data.callId : undefined;
    if (callId === undefined) return;
    if (kind === 'callCreated') return this.created(vdnId, callId, data.feature);
    const tracked = this.calls.get(callId);
    if (!tracked) return;
    if (kind === 'connected') this.connected(tracked, Number(data.workNo));
    else if (kind === 'callEnded') this.ended(callId, tracked);
  }

  cdr(vdnId: number, call: Call, leg: CdrLeg, phase: 'open' | 'close'): void {
    const tracked = this.calls.get(call.callId);
    if (!tracked) return;
    if (phase === 'open' && leg.deviceType === device.queue) return this.queued(tracked, call, leg.deviceNo);
    if (phase !== 'close') return;
    if (leg.deviceType === device.agent && leg.callBeginMs !== null) {
      this.stats.talkEnded(vdnId, tracked.request?.skillId ?? null, (leg.callEndMs ?? this.clock.now()) - leg.callBeginMs);
    } else if (leg.deviceType === device.ivr) {
      const ms = (leg.callEndMs ?? this.clock.now()) - (leg.callBeginMs ?? leg.waitBeginMs ?? this.clock.now());
      this.stats.ivrLeft(vdnId, tracked.request?.skillId ?? null, ms);
      if (!tracked.request) tracked.pendingIvrMs += ms;
    }
  }

  operation(vdnId: number, runtime: AgentRuntime, operation: OpenOperation, endMs: number): void {
    if (operation.opType === op.work) {
      const skillId = operation.skillId ?? this.lastSkillOf.get(agentKey(vdnId, runtime.workNo)) ?? null;
      this.stats.wrapUpEnded(vdnId, skillId, endMs - operation.beginMs);
    } else if (operation.opType === op.idle) {
      this.stats.idleEnded(vdnId, runtime.signedInSkills, operation.beginMs);
    }
  }

  private created(vdnId: number, callId: string, kind: unknown): void {
    if (kind === feature.outbound) return this.stats.outboundPlaced(vdnId);
    if (kind !== feature.inbound) return;
    this.calls.set(callId, { vdnId, arrivedMs: this.clock.now(), answered: false, request: null, pendingIvrMs: 0 });
    this.stats.callArrived(vdnId);
  }

  private queued(tracked: Tracked, call: Call, skillId: number): void {
    const current = tracked.request;
    if (current && current.skillId === skillId && !current.answered) return;
    tracked.request = { skillId, enteredMs: call.queueSinceMs ?? this.clock.now(), answered: false };
    this.stats.requestEntered(tracked.vdnId, skillId, tracked.pendingIvrMs);
    tracked.pendingIvrMs = 0;
  }

  private connected(tracked: Tracked, workNo: number): void {
    const now = this.clock.now();
    const request = tracked.request;
    if (request && !request.answered) {
      request.answered = true;
      this.stats.requestConnected(tracked.vdnId, request.skillId, now - request.enteredMs);
    }
    if (request) this.lastSkillOf.set(agentKey(tracked.vdnId, workNo), request.skillId);
    if (!tracked.answered) {
      tracked.answered = true;
      this.stats.callConnected(tracked.vdnId, now - tracked.arrivedMs);
    }
  }

  private ended(callId: string, tracked: Tracked): void {
    this.calls.delete(callId);
    const now = this.clock.now();
    const request = tracked.request;
    if (request) {
      if (!request.answered) this.stats.requestLost(tracked.vdnId, request.skillId, now - request.enteredMs);
      this.stats.requestEnded(tracked.vdnId, request.skillId);
    }
    this.stats.callEnded(tracked.vdnId, tracked.answered ? null : now - tracked.arrivedMs);
  }
}

const agentKey = (vdnId: number, workNo: number) => `${vdnId}:${workNo}`;
