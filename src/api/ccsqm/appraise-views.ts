import type { StoredCall } from '../../services/ccsqm/inspected-calls.ts';

/** An inspected call as appraisecall/details lists it (ref L49356–49400). */
export function callSummary(stored: StoredCall) {
  const c = stored.call;
  return {
    staff_name: c.staff_name, create_time: c.create_time, left_speed: c.left_speed ?? 0, left_speech_ratio: c.left_speech_ratio ?? 0, file_name: c.file_name,
    left_channel: c.left_channel ?? 'customer', right_speech_ratio: c.right_speech_ratio ?? 0, call_time: c.call_time, inspect_status: c.inspect_status,
    right_channel: c.right_channel ?? 'staff', complain_status: c.complain_status, call_id: c.call_id, left_silence_time: c.left_silence_time ?? c.duration,
    duration: c.duration, upload_time: c.upload_time, right_silence_time: c.right_silence_time ?? c.duration, right_speed: c.right_speed ?? 0, staff_id: c.staff_id,
    call_uuid: stored.callUuid, review_status: c.review_status, call_type: c.call_type, status: stored.status, deal: c.deal,
    rule_severity_violation_count: c.rule_severity_violation_count,
  };
}

/** One call with its transcript and emotions (appraisecall/detail, ref L49560–49720, L53026–53233). */
export function callDetail(stored: StoredCall) {
  const c = stored.call;
  return {
    ...callSummary(stored),
    call_group_id: c.call_group_id,
    left_emotions: c.left_emotions ?? [],
    right_emotions: c.right_emotions ?? [],
    segments: c.segments.map((s) => ({ segment_id: s.segment_id, speaker: s.speaker, start_time: s.start_time, end_time: s.end_time, asr_text: s.asr_text })),
  };
}
