import { Redis } from 'ioredis';
import { nodeIdOfKey, scanKeys } from '../redis-scan.ts';
import type { NodeBoard } from './node-board.ts';

/**
 * The board in Redis (decision 1732): one string key per node, `<prefix>board:<id>`, set with
 * PX so that a killed node's document goes away by itself. Reads are one SCAN (one key per node)
 * and one MGET. Commands time out rather than wait for a lost Redis: a reader then sees no
 * other node, and says so in the log.
 */
export class RedisNodeBoard implements NodeBoard {
  private readonly client: Redis;

  constructor(
    url: string,
    private readonly prefix: string,
    commandTimeoutMs: number,
  ) {
    this.client = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: commandTimeoutMs, enableOfflineQueue: true });
    this.client.on('error', () => undefined);
  }

  private key(nodeId: number): string {
    return `${this.prefix}board:${nodeId}`;
  }

  async pin(nodeId: number, body: unknown, ttlMs: number): Promise<void> {
    await this.client.set(this.key(nodeId), JSON.stringify(body), 'PX', ttlMs);
  }

  async read(): Promise<Map<number, unknown>> {
    const keys = await scanKeys(this.client, `${this.prefix}board:*`);
    const documents = new Map<number, unknown>();
    if (keys.length === 0) return documents;
    const texts = await this.client.mget(...keys);
    keys.forEach((key, i) => {
      const text = texts[i];
      if (!text) return;
      try {
        documents.set(nodeIdOfKey(key), JSON.parse(text));
      } catch {
        // A document that is not JSON is skipped: it will be pinned again within its TTL.
      }
    });
    return documents;
  }

  async unpin(nodeId: number): Promise<void> {
    await this.client.del(this.key(nodeId));
  }

  async close(): Promise<void> {
    this.client.disconnect();
  }
}
