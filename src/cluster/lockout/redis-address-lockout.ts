import { Redis } from 'ioredis';
import type { Clock } from '../../domain/time/index.ts';
import type { AddressLock, AddressLockoutLimits } from '../../http/auth/index.ts';

/**
 * The CC-FS address lock shared by the nodes of a cluster (§13.2.3.2, decisions 1314 and 1732):
 * the same sliding window as a single node's, kept in Redis so that every node counts every
 * failure. An address's failures are a sorted set scored by the Clock's time
 * (`<prefix>ccfs-fail:<address>`), its lock a key holding the Clock time it ends
 * (`<prefix>ccfs-lock:<address>`). Times come from the Clock, as on a single node, so the window
 * and the lock mean the same under a virtual clock; Redis expiries (PX) only clean up keys.
 * A Redis that does not answer within the command timeout locks nothing: CC-FS keeps serving.
 */
export class RedisAddressLockout implements AddressLock {
  private readonly client: Redis;
  private sequence = 0;

  constructor(
    private readonly options: { url: string; prefix: string; nodeId: number; clock: Clock; limits: AddressLockoutLimits; commandTimeoutMs: number; onError: (error: unknown) => void },
  ) {
    this.client = new Redis(options.url, { maxRetriesPerRequest: 1, commandTimeout: options.commandTimeoutMs, enableOfflineQueue: true });
    this.client.on('error', () => undefined);
  }

  private key(kind: 'fail' | 'lock', address: string): string {
    return `${this.options.prefix}ccfs-${kind}:${address}`;
  }

  async locked(address: string): Promise<boolean> {
    try {
      const until = await this.client.get(this.key('lock', address));
      return until !== null && Number(until) > this.options.clock.now();
    } catch (error) {
      this.options.onError(error);
      return false;
    }
  }

  async failed(address: string): Promise<boolean> {
    const { clock, limits, nodeId } = this.options;
    const now = clock.now();
    const failures = this.key('fail', address);
    try {
      // One MULTI: the window's old failures go, this one is added, and the rest are counted.
      const replies = await this.client
        .multi()
        .zremrangebyscore(failures, '-inf', now - limits.windowMs)
        .zadd(failures, now, `${now}:${nodeId}:${++this.sequence}`)
        .zcard(failures)
        .pexpire(failures, limits.windowMs)
        .exec();
      const count = Number(replies?.[2]?.[1] ?? 0);
      if (count < limits.failuresMax) return false;
      await this.client.multi().set(this.key('lock', address), String(now + limits.lockMs), 'PX', limits.lockMs).del(failures).exec();
      return true;
    } catch (error) {
      this.options.onError(error);
      return false;
    }
  }

  close(): void {
    this.client.disconnect();
  }
}
