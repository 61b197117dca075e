import type { AgentLeg, CdrLeg } from '../../../engine/index.ts';
import type { CdrRow } from '../../../store/index.ts';

/** What a device visit needs to show in a trace: a live CDR leg of the engine or a stored CDR row. */
export type DeviceVisit = Pick<CdrLeg, 'id' | 'deviceType' | 'deviceNo' | 'waitBeginMs' | 'waitEndMs' | 'ackBeginMs' | 'ackEndMs' | 'callBeginMs' | 'callEndMs' | 'leaveReason'>;

/**
 * Table 6-204 (ref L12207–12272): reasons for entering or leaving a device. Reason 0 reads "Normal
 * reason" as in the 6.1.3.1 example (ref L12316), which is what desktops display.
 */
const reasonText: Readonly<Record<number, string>> = {
  0: 'Normal reason',
  1: 'The call is transferred due to overflow.',
  2: 'The call is transferred due to timeout.',
  3: 'The call is transferred when no one is on duty.',
  4: 'The call is transferred when queuing is cancelled.',
  5: 'The call is transferred when an agent does not answer for a long time.',
  6: 'The suspended call is resumed.',
  7: 'The held call is connected.',
  8: 'Three-party help is initiated.',
  9: 'The call is unheld.',
  10: 'The three-party call is initiated.',
  11: 'The call is released by the party who sends the internal help request.',
  12: 'The call is intercepted.',
  13: 'The call is picked up.',
  14: 'Called number analysis is not configured for a call.',
  15: 'The user releases the call.',
  16: 'The agent releases the call.',
  17: 'The call is transferred out.',
  18: 'The call is held.',
  19: 'Internal processing error.',
  20: 'The called party is busy.',
  21: 'The line is busy.',
  22: 'The phone is powered off.',
  23: 'The phone is out of service.',
  24: 'The number is invalid.',
  25: 'No resource is available on the ACD.',
  26: 'The user does not answer the call.',
  27: 'The called party rejects the call.',
  28: 'The connected call is transferred to a queue.',
  29: 'The three-party call is transferred to a queue.',
  30: 'The connected call times out when being transferred to a queue.',
  31: 'The three-party call times out when being transferred to a queue.',
  34: 'The failed network call queues due to timeout, overflow, or busy.',
  35: 'The network call queues at the original call center.',
  36: 'The queuing call is rerouted.',
  37: 'The call enters the CDN through the inbound route.',
  38: 'The call enters the CDN from agent consultation.',
  39: 'The CDN returns the routing result.',
  40: 'CDN routing times out.',
  41: 'The agent cancels the call during consultation.',
  42: 'The call enters the PGR from a timeout CDN route.',
  43: 'The call enters the PGR from a normal CDN route.',
  44: 'The call enters the PGR through the inbound route.',
  45: 'The call enters the PGR from agent consultation.',
  46: 'The CDN reroutes the call because the agent is unreachable.',
  47: 'The call queues in multiple queues.',
  48: 'The call in the master queue is answered from the slave queue.',
  50: 'The agent rejects the call.',
  51: 'A user call joins a conference.',
  52: 'The conference chairperson proactively releases the conference, or the conference is released due to a CSS exception.',
  53: 'The participant is removed from the conference.',
  54: 'The call is transferred when the call completion rate is lower than the threshold.',
  88: 'The user hangs up after the agent answers the call.',
  89: 'The user hooks on after the agent answers the call.',
};

export function reasonDescription(reason: number): string {
  return reasonText[reason] ?? `Reason ${reason}`;
}

/** Leave reasons after which the call is gone from the device for good (callDirectMode RELEASE_DIRECT). */
const releaseReasons = new Set([15, 16, 88, 89]);

/** Visits of one call in the order they began (rows opened in the same millisecond by leg number). */
export function inVisitOrder<T extends DeviceVisit & { openedAtMs?: number }>(visits: readonly T[]): T[] {
  const seq = (id: string) => Number(id.slice(id.lastIndexOf('#') + 1)) || 0;
  return [...visits].sort((a, b) => (a.openedAtMs ?? 0) - (b.openedAtMs ?? 0) || seq(a.id) - seq(b.id));
}

/** The visit just before `visitId` in the call's stored rows, whose leave reason is this visit's enter reason. */
export function visitBefore(rows: readonly CdrRow[], visitId: string): CdrRow | undefined {
  const ordered = inVisitOrder(rows);
  const at = ordered.findIndex((row) => row.id === visitId);
  return at > 0 ? ordered[at - 1] : undefined;
}

export type TracePhase = { kind: 'current'; legState: AgentLeg['state'] } | { kind: 'last' };

/**
 * HWCallDeviceTraceEx (Table 6-203, ref L12183–12206) of the agent's own visit to the call. The
 * enter reason is the reason the call left the device before (queue, IVR, another agent). While
 * the call is at the agent, what has not happened yet is null; for the last call the end times and
 * the leave reason are null because the reference says they "cannot be queried" (decision 0602).
 */
export function deviceTrace(visit: DeviceVisit, previous: DeviceVisit | undefined, vdnId: number, phase: TracePhase): Record<string, unknown> {
  const enterReason = previous?.leaveReason ?? 0;
  const last = phase.kind === 'last';
  const answerEnd = visit.ackEndMs ?? (visit.ackBeginMs !== null ? visit.callBeginMs : null);
  return {
    waitBeginTime: visit.waitBeginMs,
    waitEndTime: last ? null : (visit.waitEndMs ?? visit.ackBeginMs ?? visit.callBeginMs),
    answerBeginTime: visit.ackBeginMs,
    answerEndTime: last ? null : answerEnd,
    talkBeginTime: visit.callBeginMs,
    talkEndTime: last ? null : visit.callEndMs,
    deviceNo: visit.deviceNo,
    deviceType: visit.deviceType,
    callDirectMode: directMode(visit, phase),
    enterReason,
    enterReasonDesc: reasonDescription(enterReason),
    leaveReason: null,
    leaveReasonDesc: null,
    vdnId,
  };
}

function directMode(visit: DeviceVisit, phase: TracePhase): string {
  if (phase.kind === 'last') return visit.leaveReason !== null && releaseReasons.has(visit.leaveReason) ? 'RELEASE_DIRECT' : 'NORMAL_DIRECT';
  if (phase.legState === 'held') return 'KEEP_DIRECT';
  if (phase.legState === 'talking') return 'NORMAL_DIRECT';
  return 'WAIT_DIRECT';
}
