import type { Call, CdrLeg } from '../engine/index.ts';

/** The columns of a CDR leg's row (13.2.2.1) from the engine's call and leg. */
export function cdrColumns(call: Call, leg: CdrLeg, callIdNum: number | null, releaseCause: number | null) {
  return {
    callIdNum,
    agentId: leg.workNo === null ? '' : String(leg.workNo),
    callerNo: call.caller,
    calleeNo: call.called,
    waitBeginMs: leg.waitBeginMs,
    waitEndMs: leg.waitEndMs,
    ackBeginMs: leg.ackBeginMs,
    ackEndMs: leg.ackEndMs,
    callBeginMs: leg.callBeginMs,
    callEndMs: leg.callEndMs,
    deviceType: leg.deviceType,
    deviceNo: leg.deviceNo,
    callType: call.feature,
    releaseCause,
    preDeviceType: leg.preDeviceType,
    preDeviceNo: leg.preDeviceNo,
    skillId: leg.skillId,
    currentSkillId: leg.currentSkillId,
    deviceIn: leg.deviceIn,
    preDeviceIn: leg.preDeviceIn,
    serviceNo: leg.serviceNo,
    leaveReason: leg.leaveReason,
    mediaType: call.mediaType,
    // Table 13-133 (ref L69374): a web chat's sub-media type is 1 SUB_MEDIA_TYPE_WEB.
    subMediaType: call.chatKey !== undefined ? 1 : null,
  };
}
