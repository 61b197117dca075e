// Goal: the CC-FS address lock (§13.2.3.2, decisions 1314 and 1732) behaves the same in memory
// and in Redis, and in Redis it is shared: failures seen by two nodes add up, and a lock set
// through one node holds on the other. Method: one conformance suite over both adapters on a
// virtual clock (the Redis adapter scores failures by the Clock, so ageing out and the end of the
// lock are virtual time too); the Redis cases run on a private key prefix and are skipped
// without OPENCEC_TEST_REDIS_URL.
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { AddressLockout, type AddressLock, type AddressLockoutLimits } from '../../http/auth/index.ts';
import { VirtualClock } from '../../sim/virtual-clock.ts';
import { RedisAddressLockout } from './redis-address-lockout.ts';

const redisUrl = process.env.OPENCEC_TEST_REDIS_URL || undefined;
const limits: AddressLockoutLimits = { failuresMax: 5, windowMs: 600_000, lockMs: 600_000, addressesMax: 100 };
const prefix = `oclock${process.pid}:`;
const opened: RedisAddressLockout[] = [];

/** Two nodes' locks on one clock: the same lock twice in memory would not be shared, so memory gets one. */
const adapters: { name: string; enabled: boolean; make(clock: VirtualClock): [AddressLock, AddressLock] }[] = [
  {
    name: 'memory',
    enabled: true,
    make: (clock) => {
      const one = new AddressLockout(clock, limits);
      return [one, one];
    },
  },
  {
    name: 'redis',
    enabled: redisUrl !== undefined,
    make: (clock) => {
      const node = (nodeId: number, run: string) => {
        const lock = new RedisAddressLockout({ url: redisUrl!, prefix: `${prefix}${run}:`, nodeId, clock, limits, commandTimeoutMs: 2_000, onError: (error) => { throw error; } });
        opened.push(lock);
        return lock;
      };
      const run = String(opened.length);
      return [node(1, run), node(2, run)];
    },
  },
];

afterAll(async () => {
  for (const lock of opened) lock.close();
  if (!redisUrl) return;
  const redis = new Redis(redisUrl);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

describe.each(adapters)('the CC-FS address lock in $name', ({ enabled, make }) => {
  it.skipIf(!enabled)('locks after 5 failures within the window, counted over both nodes, until the lock ends', async () => {
    const clock = new VirtualClock(1_000_000);
    const [a, b] = make(clock);
    const address = '10.9.9.9';
    for (let i = 0; i < 4; i++) expect(await (i % 2 === 0 ? a : b).failed(address)).toBe(false);
    // Failures age out of the window: four old ones and one new do not lock.
    clock.advance(limits.windowMs + 1);
    expect(await a.failed(address)).toBe(false);
    expect(await b.locked(address)).toBe(false);
    for (let i = 0; i < 3; i++) expect(await b.failed(address)).toBe(false);
    expect(await a.failed(address)).toBe(true);
    expect(await a.locked(address)).toBe(true);
    expect(await b.locked(address)).toBe(true);
    expect(await b.locked('10.9.9.8')).toBe(false);
    clock.advance(limits.lockMs - 1);
    expect(await b.locked(address)).toBe(true);
    clock.advance(2);
    expect(await a.locked(address)).toBe(false);
    // The lock started a new count: one more failure does not lock again.
    expect(await b.failed(address)).toBe(false);
  });
});
