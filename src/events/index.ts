export { sessionSnapshotOf } from './live-sessions.ts';
export { CallbackOutbox, type CallbackRequest, type CallbackTransport, type CallbackOutboxOptions } from './callback-outbox.ts';
export { ccfsOrReturnCodeAcknowledges, httpCallbackTransport, isalesResultPushKind, returnCodeAcknowledges, type HttpCallbackTransportOptions } from './http-callback-transport.ts';
export { AgentEventHub, type AgentEventHubOptions, type PushSender, type PushTarget } from './agent-event-hub.ts';
export { httpPushSender } from './http-push-sender.ts';
export { RecordWriter, activityScope, logonSnScope, type RecordWriterOptions } from './record-writer.ts';
export { operationRow, type OperationSession } from './operation-row.ts';
export { assertFences, StaleFenceError, type RecordFencing } from './record-fencing.ts';
