import { MinHeap } from '../collections/index.ts';

export interface IdleCandidate {
  readonly workNo: number;
  /** The agent's weight in this skill: higher is chosen first (5.1.1 agentWeight). */
  readonly agentWeight: number;
  /** Since when the agent is available: among equal weights, the longest-waiting agent is chosen. */
  readonly idleSinceMs: number;
}

const better = (a: IdleCandidate, b: IdleCandidate): boolean =>
  a.agentWeight !== b.agentWeight ? a.agentWeight > b.agentWeight : a.idleSinceMs !== b.idleSinceMs ? a.idleSinceMs < b.idleSinceMs : a.workNo < b.workNo;

/**
 * The agents available for one skill queue, best first. An agent leaves by dropping out of the
 * live map (no search); heap entries that are no longer live are skipped when they reach the top
 * and compacted when they outnumber the live ones, so every operation stays O(log n).
 */
export class IdleAgents {
  private heap = new MinHeap<IdleCandidate>(better);
  private readonly live = new Map<number, IdleCandidate>();

  get size(): number {
    return this.live.size;
  }

  has(workNo: number): boolean {
    return this.live.has(workNo);
  }

  add(candidate: IdleCandidate): void {
    this.live.set(candidate.workNo, candidate);
    this.heap.push(candidate);
    if (this.heap.size > 2 * this.live.size + 64) this.compact();
  }

  remove(workNo: number): void {
    this.live.delete(workNo);
  }

  /** The agent to offer the next call to, skipping those `skip` rejects (e.g. wrong media). */
  best(skip?: (workNo: number) => boolean): IdleCandidate | undefined {
    this.dropStale();
    const head = this.heap.peek();
    if (!head || !skip || !skip(head.workNo)) return head;
    // Rare path: the best agent cannot take this call; scan the live set in order.
    return [...this.live.values()].filter((c) => !skip(c.workNo)).sort((a, b) => (better(a, b) ? -1 : 1))[0];
  }

  workNos(): number[] {
    return [...this.live.keys()];
  }

  private dropStale(): void {
    for (;;) {
      const head = this.heap.peek();
      if (!head || this.live.get(head.workNo) === head) return;
      this.heap.pop();
    }
  }

  private compact(): void {
    const heap = new MinHeap<IdleCandidate>(better);
    for (const candidate of this.live.values()) heap.push(candidate);
    this.heap = heap;
  }
}
