export { WaitingCalls, type WaitingEntry } from './waiting-calls.ts';
export { IdleAgents, type IdleCandidate } from './idle-agents.ts';
