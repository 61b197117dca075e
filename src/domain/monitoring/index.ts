export * from './cms-result-codes.ts';
export { cmsAgentStatus, countAgentStates, type AgentStateCounts, type CountedAgent } from './agent-state-counts.ts';
export { mediaTypeName } from './media-types.ts';
export { callDirection, callFeature } from './call-kinds.ts';
export { agentRights } from './agent-rights.ts';
export { vdnRealtimeIndicators, vdnRealtimeIndicatorIds, type VdnIndicator } from './vdn-indicators.ts';
export { callSummary, enterReason, traceOrder, type CallSummary, type CdrFacts } from './call-summary.ts';
export { parseCmsDateTime, cmsIsoTime } from './cms-times.ts';
