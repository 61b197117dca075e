import type { LeaseNotice, NodeDirectory } from './node-directory.ts';

/**
 * The node directory inside one process: for tests and benchmarks that run several ownership
 * instances side by side. Entries expire by the injected clock, as Redis keys do by theirs.
 */
export class MemoryNodeDirectory implements NodeDirectory {
  private readonly nodes = new Map<number, { url: string; expiresAtMs: number }>();
  private readonly listeners = new Set<(message: LeaseNotice) => void>();

  constructor(private readonly nowMs: () => number) {}

  async heartbeat(nodeId: number, url: string, ttlMs: number): Promise<void> {
    this.nodes.set(nodeId, { url, expiresAtMs: this.nowMs() + ttlMs });
  }

  async liveNodes(): Promise<Map<number, string>> {
    const now = this.nowMs();
    return new Map([...this.nodes].filter(([, node]) => node.expiresAtMs > now).map(([id, node]) => [id, node.url]));
  }

  async leave(nodeId: number): Promise<void> {
    this.nodes.delete(nodeId);
  }

  async notify(message: LeaseNotice): Promise<void> {
    for (const listener of this.listeners) listener(message);
  }

  async subscribe(listener: (message: LeaseNotice) => void): Promise<() => Promise<void>> {
    this.listeners.add(listener);
    return async () => {
      this.listeners.delete(listener);
    };
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
