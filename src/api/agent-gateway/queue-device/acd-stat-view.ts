import { callIdParts } from '../../../domain/ids/index.ts';
import type { SkillQueueSnapshot } from '../../../engine/index.ts';
import { elapsedSeconds } from '../../../domain/time/index.ts';

/** `oldCallIdEx` when no call waits (5.2.9 example, ref L4995–5000): every field all-ones. */
const noCall = { dateTime: 4294967295000, dsn: 65535, server: 255, handle: 255 } as const;

/**
 * The call ID of the longest-waiting call as `oldCallIdEx` (Table 5-74): the parts of the call ID
 * (src/domain/ids/call-id.ts), dateTime in milliseconds (the unit the table gives; note 01 §9.4
 * item 26), or all-ones when no call waits.
 */
export function oldCallIdEx(callId: string | undefined): { dateTime: number; dsn: number; server: number; handle: number } {
  return callIdParts(callId) ?? { ...noCall };
}

/**
 * One AcdStat record (Table 5-73, ref L4911–4942) in the example's field order. The fields the
 * table marks "not used" carry the example's values (loadFactor 65535, estWaitTime 0,
 * resourceIdleRate and serviceLevel 100). The transfer fields describe where a call goes when it
 * has waited too long (the skill's timeOut policy): transferFlg 2 with the device, or 0 with the
 * sentinels 255/65535 when calls are released (decision 0603).
 */
export function acdStat(snapshot: SkillQueueSnapshot, nowMs: number): Record<string, unknown> {
  const transfer = snapshot.timeOutPolicy.transferType === 'Transfer' && snapshot.timeOutPolicy.deviceType !== undefined && snapshot.timeOutPolicy.value !== undefined;
  const longest = snapshot.longestWaiting;
  return {
    pilotNbr: snapshot.pilotNumber,
    deviceNo: snapshot.skillId,
    queueSize: snapshot.queueSize,
    queueTime: longest ? elapsedSeconds(longest.sinceMs, nowMs) : 0,
    loadFactor: 65535,
    estWaitTime: 0,
    loggedOnAgents: snapshot.loggedOnAgents,
    availAgents: snapshot.availableAgents,
    transferFlg: transfer ? 2 : 0,
    transferDeviceType: transfer ? snapshot.timeOutPolicy.deviceType : 255,
    transferDeviceNo: transfer ? snapshot.timeOutPolicy.value : 65535,
    skillDescrip: snapshot.name,
    resourceIdleRate: 100,
    serviceLevel: 100,
    oldCallIdEx: oldCallIdEx(longest?.callId),
    maxQueueSize: snapshot.maxQueueSize,
  };
}
