// Goal: the node board (decision 1732) behaves the same in memory and in Redis: each node's
// document is read back as pinned, by node id; a new pin replaces the old; unpinning removes it;
// a document expires after its TTL (memory: on its clock; Redis: the key carries PX of the TTL).
// Method: one suite over both adapters; Redis on a private prefix, skipped without
// OPENCEC_TEST_REDIS_URL.
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryNodeBoard, RedisNodeBoard, type NodeBoard } from './index.ts';

const redisUrl = process.env.OPENCEC_TEST_REDIS_URL || undefined;
const prefix = `ocboard${process.pid}:`;
let nowMs = 0;

const adapters: { name: string; enabled: boolean; make(): NodeBoard }[] = [
  { name: 'memory', enabled: true, make: () => new MemoryNodeBoard(() => nowMs) },
  { name: 'redis', enabled: redisUrl !== undefined, make: () => new RedisNodeBoard(redisUrl!, prefix, 2_000) },
];

afterAll(async () => {
  if (!redisUrl) return;
  const redis = new Redis(redisUrl);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

describe.each(adapters)('the node board in $name', ({ name, enabled, make }) => {
  it.skipIf(!enabled)('reads back every node’s latest document, and forgets unpinned and expired ones', async () => {
    const board = make();
    try {
      await board.pin(1, { nodeId: 1, n: [1] }, 3_000);
      await board.pin(2, { nodeId: 2, n: [2] }, 3_000);
      await board.pin(1, { nodeId: 1, n: [1, 1] }, 3_000);
      expect(await board.read()).toEqual(new Map([[1, { nodeId: 1, n: [1, 1] }], [2, { nodeId: 2, n: [2] }]]));
      await board.unpin(2);
      expect([...(await board.read()).keys()]).toEqual([1]);
      if (name === 'memory') {
        nowMs += 3_000;
        expect((await board.read()).size).toBe(0);
      } else {
        const redis = new Redis(redisUrl!);
        const ttl = await redis.pttl(`${prefix}board:1`);
        redis.disconnect();
        expect(ttl).toBeGreaterThan(0);
        expect(ttl).toBeLessThanOrEqual(3_000);
      }
    } finally {
      await board.close();
    }
  });
});
