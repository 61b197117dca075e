/**
 * Payloads of the call events of §6.5.1.2, field by field as the reference's examples show them
 * (names, order and string typing). Builders take plain values so that every emitter produces
 * the same shape.
 */

export interface CallView {
  callId: string;
  caller: string;
  called: string;
  /** Call type, Table 6-455 (ref L21740): 0 inbound, 6 internal, 7 outbound... */
  feature: number;
  /** Event media ability (ref L19912): 1 voice, 2 video, 3 both, 5 text, 6 H5 video. */
  mediaAbility: number;
}

/** AgentEvent_Talking (ref L19899): `{caller, callid, called, feature, type, mediaAbility}`. */
export function talkingContent(call: CallView, type: 'main' | 'assistant' = 'main') {
  return { caller: call.caller, callid: call.callId, called: call.called, feature: String(call.feature), type, mediaAbility: String(call.mediaAbility) };
}

/**
 * AgentEvent_Ringing / AgentEvent_Auto_Answer (ref L20085, L20107): the offered call. Agent numbers
 * among caller/called carry the `a` prefix of the reference's examples (ref L20115).
 */
export function offeredContent(call: CallView, transfer: { from: string } | undefined, type: 'main' | 'assistant' = 'main') {
  return {
    caller: call.caller,
    transfer: transfer ? 'yes' : 'no',
    callid: call.callId,
    transfrom: transfer?.from ?? '',
    called: call.called,
    type,
    mediaAbility: String(call.mediaAbility),
    feature: String(call.feature),
  };
}

/** AgentEvent_Customer_Alerting (ref L19922). */
export function customerAlertingContent(callId: string, otherPhone: string, otherPhoneWorkno = '', type: 'main' | 'assistant' = 'main') {
  return { callid: callId, otherPhoneWorkno, otherPhone, type };
}

/** AgentEvent_Customer_Release (ref L20068): the party that left. */
export function customerReleaseContent(callId: string, number: string) {
  return { callid: callId, number };
}

export interface IncomingCallInfo {
  callId: string;
  skillName: string;
  skillId: number;
  caller: string;
  called: string;
  /** 65535 when no agent released the call before (ref L20257 example). */
  lastReleaseAgentId: number;
  mediaType: number;
  releaseAndReQueueCount: number;
  releaseAndReQueueCallFlag: number;
}

/** AgentEvent_Incoming_CallInfo (ref L20238): numbers stay numbers here, as in the example. */
export function incomingCallInfoContent(info: IncomingCallInfo) {
  return { ...info };
}

/** OUTBOUND_DETECT_EVENT (ref L19994): the CTI cause of a failed outbound call (Table 6-451). */
export function outboundDetectContent(callId: string, detect: number, desc: string) {
  return { callId, detect, desc };
}

export interface RecordingView {
  taskId: string;
  recordId: string;
  fileName: string;
  locationId: string;
  callId: string;
  caller: string;
  called: string;
  beginTimeMs: number;
}

/** AgentMediaEvent_Record (ref L20375). */
export function recordContent(r: RecordingView) {
  return { taskId: r.taskId, caller: r.caller, recordID: r.recordId, called: r.called, locationId: r.locationId, fileName: r.fileName, fileMediaType: '1', callId: r.callId };
}

/** AgentMediaEvent_StopRecordDone (ref L20450): times as millisecond strings. */
export function stopRecordContent(r: RecordingView, endTimeMs: number) {
  return { beginTime: String(r.beginTimeMs), endTime: String(endTimeMs), fileMediaType: '1', taskId: r.taskId };
}
