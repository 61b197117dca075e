import { Type } from '@sinclair/typebox';
import { callFeature, mediaTypeName } from '../../../domain/monitoring/index.ts';
import { queuedSeconds, type Call } from '../../../engine/index.ts';

/**
 * A queued call as 12.3.1.2.4 (Table 12-426) shows it: its id, the customer level (the call's
 * priority, 0 when the caller set none, as in the example) and the call feature of Table 12-699.
 */
export function queuedCall(call: Call): Record<string, unknown> {
  return { callId: call.callId, requestType: callFeature(call.feature), customerLevel: call.priority };
}

export const QueuedCallSchema = Type.Object({
  callId: Type.String(),
  requestType: Type.Integer({ description: 'Call feature, Table 12-699' }),
  customerLevel: Type.Integer(),
});

/**
 * 12.3.1.2.7 Table 12-429, in the example's key order: the calling/called numbers as strings, the
 * media type by name (note 08 A-23), the arrival time in ms, the wait in the current queue in
 * seconds; `callQueueFlag` 1 in the call's main queue, 0 in a queue it only waits in as well
 * (multi-queue waiting, decision 0853).
 */
export function queuedCallProperties(call: Call, skillId: number, nowMs: number): Record<string, unknown> {
  return {
    requestType: callFeature(call.feature),
    callPriority: call.priority,
    waitTime: queuedSeconds(call, nowMs),
    callQueueFlag: call.queue?.skillId === skillId ? 1 : 0,
    callId: call.callId,
    customerLevel: call.priority,
    calling: call.caller,
    called: call.called,
    mediaType: mediaTypeName(call.mediaType),
    orgiCalled: call.origCalled,
    callInTime: call.createdAtMs,
  };
}

export const QueuedCallPropertiesSchema = Type.Object({
  requestType: Type.Integer(),
  callPriority: Type.Integer(),
  waitTime: Type.Integer({ description: 'Seconds in the current queue' }),
  callQueueFlag: Type.Integer({ description: '1: this is the call’s main queue' }),
  callId: Type.String(),
  customerLevel: Type.Integer(),
  calling: Type.String(),
  called: Type.String(),
  mediaType: Type.String({ description: 'Table 12-695 name, e.g. MEDIA_TYPE_PHONE' }),
  orgiCalled: Type.String(),
  callInTime: Type.Integer({ description: 'Arrival, epoch ms' }),
});
