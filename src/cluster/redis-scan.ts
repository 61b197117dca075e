import type { Redis } from 'ioredis';

/**
 * Every key matching `pattern`, paging SCAN until its cursor comes back to 0. Used for the few
 * per-node keys of a cluster (one per node), never for a large keyspace.
 */
export async function scanKeys(client: Redis, pattern: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, page] = await client.scan(cursor, 'MATCH', pattern, 'COUNT', 100);
    cursor = next;
    keys.push(...page);
  } while (cursor !== '0');
  return keys;
}

/** The node id at the end of a per-node key (`<prefix>kind:<id>`). */
export function nodeIdOfKey(key: string): number {
  return Number(key.slice(key.lastIndexOf(':') + 1));
}
