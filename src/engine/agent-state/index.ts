export * from './after-call.ts';
export * from './agent-work.ts';
