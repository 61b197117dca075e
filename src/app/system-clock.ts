import type { Clock, TimerId } from '../domain/time/index.ts';
import { timerId } from '../domain/time/index.ts';

/** Node's timers cap a delay at 2^31-1 ms; longer waits are re-armed in steps. */
const maxTimerDelayMs = 2_147_483_647;

/** The wall clock, for the server in its default real-time profile. */
export class SystemClock implements Clock {
  private seq = 0;
  private readonly handles = new Map<TimerId, NodeJS.Timeout>();

  now(): number {
    return Date.now();
  }

  schedule(atMs: number, task: () => void): TimerId {
    const id = timerId(++this.seq);
    this.arm(id, atMs, task);
    return id;
  }

  cancel(id: TimerId): void {
    const handle = this.handles.get(id);
    if (handle) clearTimeout(handle);
    this.handles.delete(id);
  }

  /** Cancels every pending timer, so a stopping server leaves nothing behind. */
  cancelAll(): void {
    for (const handle of this.handles.values()) clearTimeout(handle);
    this.handles.clear();
  }

  private arm(id: TimerId, atMs: number, task: () => void): void {
    const delay = Math.max(0, atMs - Date.now());
    const handle = setTimeout(() => {
      if (delay > maxTimerDelayMs) return this.arm(id, atMs, task);
      this.handles.delete(id);
      task();
    }, Math.min(delay, maxTimerDelayMs));
    handle.unref?.();
    this.handles.set(id, handle);
  }
}
