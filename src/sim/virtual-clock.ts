import type { Clock, TimerId } from '../domain/time/index.ts';
import { timerId } from '../domain/time/index.ts';
import { MinHeap } from '../domain/collections/index.ts';

interface VirtualTimer {
  readonly id: TimerId;
  readonly atMs: number;
  readonly seq: number;
  readonly task: () => void;
}

/**
 * A clock that moves only when told to. Timers fire in (time, scheduling order), so two runs of
 * the same scenario interleave their timers identically.
 */
export class VirtualClock implements Clock {
  private nowMs: number;
  private seq = 0;
  private readonly heap = new MinHeap<VirtualTimer>((a, b) => a.atMs < b.atMs || (a.atMs === b.atMs && a.seq < b.seq));
  /** Timers scheduled and neither fired nor cancelled; heap entries not in it are skipped. */
  private readonly live = new Set<TimerId>();

  constructor(startMs: number) {
    this.nowMs = startMs;
  }

  now(): number {
    return this.nowMs;
  }

  schedule(atMs: number, task: () => void): TimerId {
    const seq = ++this.seq;
    const id = timerId(seq);
    this.heap.push({ id, atMs: Math.max(atMs, this.nowMs), seq, task });
    this.live.add(id);
    return id;
  }

  cancel(id: TimerId): void {
    this.live.delete(id);
  }

  /** The time of the next live timer, if any. */
  nextDueMs(): number | undefined {
    this.dropCancelledHead();
    return this.heap.peek()?.atMs;
  }

  /** Moves time forward by `ms`, running every timer due on the way, in order. */
  advance(ms: number): void {
    this.advanceTo(this.nowMs + Math.max(0, ms));
  }

  /** Moves time to `targetMs` (never backwards), running every timer due on the way, in order. */
  advanceTo(targetMs: number): void {
    for (;;) {
      this.dropCancelledHead();
      const head = this.heap.peek();
      if (!head || head.atMs > targetMs) break;
      this.heap.pop();
      this.live.delete(head.id);
      this.nowMs = Math.max(this.nowMs, head.atMs);
      head.task();
    }
    this.nowMs = Math.max(this.nowMs, targetMs);
  }

  /** Number of live timers (for invariant checks and tests). */
  pendingCount(): number {
    return this.live.size;
  }

  private dropCancelledHead(): void {
    for (;;) {
      const head = this.heap.peek();
      if (!head || this.live.has(head.id)) return;
      this.heap.pop();
    }
  }
}
