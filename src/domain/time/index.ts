export type { Clock, TimerId, AdvanceableClock } from './clock.ts';
export { timerId } from './clock.ts';
export type { Rng } from './rng.ts';
export { createRng } from './rng.ts';
export { elapsedSeconds } from './elapsed.ts';
