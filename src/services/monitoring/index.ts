export { tenantRestReasons, type RestReason } from './rest-reasons.ts';
export { finishedCalls, finishedCall, callTraceRows, type CallListFilter } from './call-records.ts';
