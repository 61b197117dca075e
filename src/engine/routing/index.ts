export * from './acd.ts';
export * from './agent-availability.ts';
export * from './private-queue.ts';
export { privateQueueOf } from './private-waiting.ts';
