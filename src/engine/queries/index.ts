export { currentCallLeg, legsInState, callIdsOf } from './agent-legs.ts';
export { waitingCalls, waitingCount, skillQueueSnapshot, type SkillQueueSnapshot } from './skill-queues.ts';
export { agentsSignedInTo, stateSinceMs, stateReason } from './online-agents.ts';
export { liveStatistics } from './session-statistics.ts';
export { callsInHandling, onOutboundCall } from './skill-agents.ts';
export { agentCtiState, vdnAgent, vdnAgents, vdnWorkNos, signedInByCtiState, type VdnAgentView } from './vdn-agents.ts';
export { restState, type RestState } from './rest-states.ts';
export { agentLegsOf, callPlace, isConnected, callsInIvrFlow, liveCallCounts, queuedSeconds, waitedSeconds, talkedSeconds, callsByAccessCode, type AccessCodeCalls } from './live-calls.ts';
export { liveUsage, openOperations, type LiveUsage } from './live-usage.ts';
