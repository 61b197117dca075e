export * from './ivr-runner.ts';
export * from './reactions.ts';
