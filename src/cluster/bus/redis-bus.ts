import { Redis } from 'ioredis';
import type { BusDelivery, ClusterBus } from './cluster-bus.ts';

export interface RedisBusOptions {
  url: string;
  nodeId: number;
  /** Channel prefix, so that several clusters (or tests) share one Redis. */
  prefix: string;
  log: { warn(object: object, message: string): void; error(object: object, message: string): void };
  /** Longest pause between reconnection attempts. */
  reconnectDelayMsMax?: number;
}

type Handler = (delivery: BusDelivery<unknown>) => void;

/**
 * The bus over Redis pub/sub (decision 1711), on `ioredis`: one connection publishes, one
 * subscribes (a subscribed connection may do nothing else). Redis delivers a connection's
 * publications in order, so each publisher's messages arrive in order. A lost connection is
 * logged and retried for ever with a capped backoff; ioredis re-subscribes on reconnection and
 * queues publications made meanwhile, so a Redis outage never crashes the node.
 */
export class RedisBus implements ClusterBus {
  readonly nodeId: number;
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly pending = new Set<Promise<unknown>>();

  constructor(private readonly options: RedisBusOptions) {
    this.nodeId = options.nodeId;
    const delayMax = options.reconnectDelayMsMax ?? 2_000;
    const connection = {
      retryStrategy: (attempt: number) => Math.min(attempt * 100, delayMax),
      // Publications wait for the connection instead of failing after a few retries.
      maxRetriesPerRequest: null,
      lazyConnect: false,
    };
    this.publisher = new Redis(options.url, { ...connection, connectionName: `opencec-${options.nodeId}-pub` });
    this.subscriber = new Redis(options.url, { ...connection, connectionName: `opencec-${options.nodeId}-sub` });
    for (const [role, client] of [['publisher', this.publisher], ['subscriber', this.subscriber]] as const) {
      client.on('error', (error: Error) => options.log.warn({ err: error, role }, 'the cluster bus lost Redis; retrying'));
    }
    this.subscriber.on('message', (channel: string, text: string) => this.deliver(channel, text));
  }

  publish(topic: string, body: unknown): void {
    const text = JSON.stringify({ from: this.nodeId, body });
    this.publisher.publish(this.channel(topic), text).catch((error: unknown) => {
      this.options.log.error({ err: error, topic }, 'publishing on the cluster bus failed');
    });
  }

  subscribe<T>(topic: string, handler: (delivery: BusDelivery<T>) => void): () => void {
    const channel = this.channel(topic);
    let handlers = this.handlers.get(channel);
    if (!handlers) {
      handlers = new Set();
      this.handlers.set(channel, handlers);
      this.track(this.subscriber.subscribe(channel));
    }
    handlers.add(handler as Handler);
    return () => {
      handlers.delete(handler as Handler);
      if (handlers.size === 0) {
        this.handlers.delete(channel);
        this.track(this.subscriber.unsubscribe(channel));
      }
    };
  }

  async ready(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  async close(): Promise<void> {
    await this.ready();
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }

  private channel(topic: string): string {
    return `${this.options.prefix}${topic}`;
  }

  private track(work: Promise<unknown>): void {
    const settled = work.catch((error: unknown) => this.options.log.error({ err: error }, 'subscribing on the cluster bus failed'));
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
  }

  private deliver(channel: string, text: string): void {
    const handlers = this.handlers.get(channel);
    if (!handlers) return;
    let delivery: BusDelivery<unknown>;
    try {
      delivery = JSON.parse(text) as BusDelivery<unknown>;
    } catch (error) {
      this.options.log.error({ err: error, channel }, 'a cluster bus message is not JSON');
      return;
    }
    for (const handler of [...handlers]) {
      try {
        handler(delivery);
      } catch (error) {
        this.options.log.error({ err: error, channel }, 'a cluster bus subscriber failed');
      }
    }
  }
}
