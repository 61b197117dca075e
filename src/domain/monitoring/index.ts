export * from './cms-result-codes.ts';
export { cmsAgentStatus, countAgentStates, type AgentStateCounts, type CountedAgent } from './agent-state-counts.ts';
