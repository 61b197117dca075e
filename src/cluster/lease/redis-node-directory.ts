import { Redis } from 'ioredis';
import { nodeIdOfKey, scanKeys } from '../redis-scan.ts';
import type { LeaseNotice, NodeDirectory } from './node-directory.ts';

/**
 * The node directory in Redis: one key per node (`<prefix>node:<id>`, its URL, expiring with the
 * heartbeat's TTL) and one pub/sub channel (`<prefix>lease`) for hand-over notices. Pub/sub is
 * global to a Redis server, so the prefix (not the database number) keeps clusters apart.
 */
export class RedisNodeDirectory implements NodeDirectory {
  private readonly client: Redis;
  private subscriber: Redis | undefined;

  constructor(
    private readonly url: string,
    private readonly prefix: string,
  ) {
    this.client = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true });
    this.client.on('error', () => undefined);
  }

  private get channel(): string {
    return `${this.prefix}lease`;
  }

  async heartbeat(nodeId: number, url: string, ttlMs: number): Promise<void> {
    await this.client.set(`${this.prefix}node:${nodeId}`, url, 'PX', ttlMs);
  }

  async liveNodes(): Promise<Map<number, string>> {
    const keys = await scanKeys(this.client, `${this.prefix}node:*`);
    if (keys.length === 0) return new Map();
    const urls = await this.client.mget(...keys);
    const nodes = new Map<number, string>();
    keys.forEach((key, i) => {
      const url = urls[i];
      if (url) nodes.set(nodeIdOfKey(key), url);
    });
    return nodes;
  }

  async leave(nodeId: number): Promise<void> {
    await this.client.del(`${this.prefix}node:${nodeId}`);
  }

  async notify(message: LeaseNotice): Promise<void> {
    await this.client.publish(this.channel, JSON.stringify(message));
  }

  async subscribe(listener: (message: LeaseNotice) => void): Promise<() => Promise<void>> {
    this.subscriber ??= new Redis(this.url, { maxRetriesPerRequest: null });
    this.subscriber.on('error', () => undefined);
    const subscriber = this.subscriber;
    const onMessage = (channel: string, text: string) => {
      if (channel !== this.channel) return;
      try {
        listener(JSON.parse(text) as LeaseNotice);
      } catch {
        // A malformed notice is only a hint to look again; the next tick looks anyway.
      }
    };
    subscriber.on('message', onMessage);
    await subscriber.subscribe(this.channel);
    return async () => {
      subscriber.off('message', onMessage);
      await subscriber.unsubscribe(this.channel);
    };
  }

  async close(): Promise<void> {
    this.client.disconnect();
    this.subscriber?.disconnect();
  }
}
