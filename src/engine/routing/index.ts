export * from './acd.ts';
export * from './agent-availability.ts';
