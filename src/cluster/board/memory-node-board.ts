import type { NodeBoard } from './node-board.ts';

/**
 * The board in one process, for tests with several apps: documents expire on the given clock
 * (tests pass a virtual one), and travel through JSON as they would through Redis.
 */
export class MemoryNodeBoard implements NodeBoard {
  private readonly pinned = new Map<number, { text: string; untilMs: number }>();

  constructor(private readonly nowMs: () => number) {}

  async pin(nodeId: number, body: unknown, ttlMs: number): Promise<void> {
    this.pinned.set(nodeId, { text: JSON.stringify(body), untilMs: this.nowMs() + ttlMs });
  }

  async read(): Promise<Map<number, unknown>> {
    const now = this.nowMs();
    const live = new Map<number, unknown>();
    for (const [nodeId, { text, untilMs }] of this.pinned) if (untilMs > now) live.set(nodeId, JSON.parse(text));
    return live;
  }

  async unpin(nodeId: number): Promise<void> {
    this.pinned.delete(nodeId);
  }

  async close(): Promise<void> {}
}
