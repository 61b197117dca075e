import type { EngineCore, Call, CdrLeg } from '../core/index.ts';

/**
 * Device types of CDR rows (13.2.2.1 device_type). A party reached by number is a "common call"
 * (7, the trace device types of Table 6-203, ref L12197), its device_in the number (decision 0403).
 */
export const DeviceType = { queue: 1, agent: 2, ivr: 3, external: 7 } as const;

/** Leave reasons (13.2.3.7, Table 13-131) the engine records. */
export const LeaveReason = {
  normal: 0,
  overflow: 1,
  timeout: 2,
  noAgent: 3,
  agentNoAnswer: 5,
  resumeSuspended: 6,
  connectHeld: 7,
  threePartyHelp: 8,
  threeParty: 10,
  helpRequesterReleased: 11,
  intercepted: 12,
  pickedUp: 13,
  userReleased: 15,
  agentReleased: 16,
  transferredOut: 17,
  noResource: 25,
  transferredToSkill: 28,
  consultCancelled: 41,
  /** Table 12-700 48: the call in its main queue was answered from another (slave) queue (decision 0853). */
  answeredFromSlaveQueue: 48,
  agentRejected: 50,
  removedFromConference: 53,
  userHungUpAfterAnswer: 88,
} as const;

/** Release causes (13.2.3.3) recorded on the last row of a call. */
export const ReleaseCause = {
  ivrNormal: 256,
  queueFull: 512,
  clientDisconnects: 518,
  normal: 531,
  customerCancelsQueuing: 536,
  overflow: 561,
  noAgentOnDuty: 562,
  callerHungUpBeforeAnswer: 601,
  noResource: 602,
  calledNoAnswer: 603,
  calledRejected: 604,
  clientRejects: 852,
  agentNoAnswer: 853,
} as const;

/**
 * Opens the CDR row of a call's visit to a device. It is written at once (status open), so that
 * a crash leaves a row that recovery can close; `closeCdr` completes it when the call leaves.
 */
export function openCdr(
  engine: EngineCore,
  call: Call,
  device: { type: number; no: number; deviceIn: string; serviceNo?: string; workNo?: number },
  times: Partial<Pick<CdrLeg, 'waitBeginMs' | 'ackBeginMs' | 'callBeginMs'>>,
): CdrLeg {
  const leg: CdrLeg = {
    id: `${call.callId}#${engine.ids.next('leg')}`,
    deviceType: device.type,
    deviceNo: device.no,
    deviceIn: device.deviceIn,
    serviceNo: device.serviceNo ?? '',
    workNo: device.workNo ?? null,
    preDeviceType: call.lastDevice?.type ?? null,
    preDeviceNo: call.lastDevice?.no ?? null,
    preDeviceIn: call.lastDevice?.deviceIn ?? '',
    skillId: call.firstSkillId,
    currentSkillId: call.currentSkillId,
    waitBeginMs: times.waitBeginMs ?? null,
    waitEndMs: null,
    ackBeginMs: times.ackBeginMs ?? null,
    ackEndMs: null,
    callBeginMs: times.callBeginMs ?? null,
    callEndMs: null,
    leaveReason: null,
  };
  call.openCdr.add(leg);
  call.lastDevice = { type: device.type, no: device.no, deviceIn: device.deviceIn };
  engine.output.cdr(call, leg, 'open', null, null);
  return leg;
}

/**
 * Closes a CDR row. Rows of one call are numbered 1, 2, 3... and the last one −1, which alone
 * carries the release cause (13.2.2.1 call_id_num, release_cause). A row is the last when the
 * call has ended and no other row is open.
 */
export function closeCdr(engine: EngineCore, call: Call, leg: CdrLeg, leaveReason: number): void {
  if (!call.openCdr.delete(leg)) return;
  const now = engine.now();
  leg.leaveReason = leaveReason;
  if (leg.waitBeginMs !== null && leg.waitEndMs === null) leg.waitEndMs = leg.ackBeginMs ?? leg.callBeginMs ?? now;
  if (leg.ackBeginMs !== null && leg.ackEndMs === null) leg.ackEndMs = leg.callBeginMs ?? now;
  if (leg.callBeginMs !== null) leg.callEndMs = now;
  const last = call.ended && call.openCdr.size === 0;
  const callIdNum = last ? -1 : ++call.closedCdrCount;
  engine.output.cdr(call, leg, 'close', callIdNum, last ? call.releaseCause : null);
}

/**
 * Ends a call: records why and closes every row still open (the last one numbered −1), each with
 * `leaveReason` unless `reasonOf` names a better one for it. The parties reached by number are
 * released with it, and a consultation partner forgets the link.
 */
export function endCall(engine: EngineCore, call: Call, releaseCause: number, leaveReason: number, reasonOf?: (leg: CdrLeg) => number | undefined): void {
  if (call.ended) return;
  call.ended = true;
  call.endedAtMs = engine.now();
  call.releaseCause = releaseCause;
  for (const timer of call.customerTimers) engine.cancel(timer);
  call.customerTimers = [];
  if (call.customer) call.customer.state = 'released';
  for (const party of call.externals) {
    for (const timer of party.timers) engine.cancel(timer);
    party.timers = [];
    party.state = 'released';
  }
  call.transfer = null;
  call.ivrHandBack = null;
  const partner = call.link ? engine.calls.get(call.link.otherCallId) : undefined;
  if (partner?.link?.otherCallId === call.callId) partner.link = null;
  call.link = null;
  for (const leg of [...call.openCdr]) closeCdr(engine, call, leg, reasonOf?.(leg) ?? leaveReason);
  engine.calls.delete(call.callId);
  engine.output.fact('callEnded', { callId: call.callId, releaseCause });
  call.observer?.('ended', { releaseCause, leaveReason });
  engine.reactions.callEnded(engine, call);
}
