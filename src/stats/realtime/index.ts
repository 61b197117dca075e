export { windowMs, windowStartOf, emptyCounts, WindowedCounters, type WindowCounts, type WindowReading } from './rolling-window.ts';
export { RealtimeStatistics } from './realtime-statistics.ts';
export { RealtimeFeed } from './engine-feed.ts';
export { AgentStateHistory, type AgentStateRecord, type PreviousState } from './agent-state-history.ts';
export { MultiQueueAnswers } from './multi-queue-answers.ts';
