export { currentCallLeg, legsInState, callIdsOf } from './agent-legs.ts';
export { waitingCalls, waitingCount, skillQueueSnapshot, type SkillQueueSnapshot } from './skill-queues.ts';
export { agentsSignedInTo, stateSinceMs, stateReason } from './online-agents.ts';
export { liveStatistics } from './session-statistics.ts';
export { liveUsage, openOperations, type LiveUsage } from './live-usage.ts';
