import { MinHeap } from '../collections/index.ts';

export interface WaitingEntry {
  readonly callId: string;
  /** Higher is served first (the call's user priority / customer level). */
  readonly priority: number;
  /** When the call started waiting; a re-queued call keeps its original time (ref 6.1.2.22 mode 1). */
  readonly sinceMs: number;
  /** Arrival order, the final tie-break, so that equal calls are served first come, first served. */
  readonly seq: number;
}

const before = (a: WaitingEntry, b: WaitingEntry): boolean =>
  a.priority !== b.priority ? a.priority > b.priority : a.sinceMs !== b.sinceMs ? a.sinceMs < b.sinceMs : a.seq < b.seq;

/**
 * The calls waiting in one skill queue, best first: O(log n) to add, take the best, or drop any
 * call (abandon, overflow), with lazy deletion so that the cost does not grow with the queue.
 */
export class WaitingCalls {
  private readonly heap = new MinHeap<WaitingEntry>(before);
  private readonly live = new Map<string, WaitingEntry>();

  get size(): number {
    return this.live.size;
  }

  has(callId: string): boolean {
    return this.live.has(callId);
  }

  get(callId: string): WaitingEntry | undefined {
    return this.live.get(callId);
  }

  add(entry: WaitingEntry): void {
    this.live.set(entry.callId, entry);
    this.heap.push(entry);
  }

  remove(callId: string): boolean {
    return this.live.delete(callId);
  }

  /** The call to serve next, without taking it. */
  peek(): WaitingEntry | undefined {
    this.dropStale();
    return this.heap.peek();
  }

  /** The call that has waited longest (for "queueTime" and "oldCallIdEx"), in O(n); queries only. */
  oldest(): WaitingEntry | undefined {
    let oldest: WaitingEntry | undefined;
    for (const entry of this.live.values()) if (!oldest || entry.sinceMs < oldest.sinceMs || (entry.sinceMs === oldest.sinceMs && entry.seq < oldest.seq)) oldest = entry;
    return oldest;
  }

  /** Every waiting call in service order (for queries; O(n log n)). */
  inOrder(): WaitingEntry[] {
    return [...this.live.values()].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  }

  private dropStale(): void {
    for (;;) {
      const head = this.heap.peek();
      if (!head || this.live.get(head.callId) === head) return;
      this.heap.pop();
    }
  }
}
