export * from './measures.ts';
export * from './call-facts.ts';
export * from './contributions.ts';
export * from './indicator.ts';
export { skillIndicators, skillCustomIndicators } from './skill-indicators.ts';
export { agentIndicators, agentCustomIndicators, agentIndicatorAliases } from './agent-indicators.ts';
export { vdnIndicators } from './vdn-indicators.ts';
export { ivrIndicators } from './ivr-indicators.ts';
