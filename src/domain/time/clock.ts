/**
 * Time is an input to the core (DESIGN principle 3). The engine and the domain read the time and
 * schedule work only through this port, so a simulation can run a day in seconds and a test can be
 * exact. The system clock lives in `src/app`, the virtual clock in `src/sim`.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /**
   * Runs `task` once the clock reaches `atMs`. A task never runs inside the caller's stack: it is
   * always a fresh turn, so a timer firing is a new command for the engine, not a re-entrant call.
   */
  schedule(atMs: number, task: () => void): TimerId;
  cancel(id: TimerId): void;
}

export type TimerId = number & { readonly __timerId: unique symbol };

export function timerId(n: number): TimerId {
  return n as TimerId;
}

/** A clock that the simulator's driver API may move (`--clock virtual`). */
export interface AdvanceableClock extends Clock {
  advance(ms: number): void;
}
