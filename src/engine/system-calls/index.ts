// System-initiated calls (CEC §6.2 bidirectional calls, §14 voice notifications): calls the platform
// makes for a customer system, with no agent's softphone involved. They use the calls layer's
// call factory and the records layer's CDR legs.
export { startTwoPartyCall } from './two-party-call.ts';
export { twoPartyTalkMsRange, type TwoPartyCallRequest } from './two-party-request.ts';
export { startNotificationCall, type NotificationCallRequest } from './notification-call.ts';
export { hangUpSystemCall, hangUpSystemCallByCallId, liveSystemCall, stopSystemCalls, type LiveSystemCall } from './system-call-registry.ts';
export { NotificationReason, TwoPartyReason, stoppedReason, systemCallRecordingPath, type SystemCallObserver, type SystemCallProgress, type SystemCallStep } from './system-call-progress.ts';
