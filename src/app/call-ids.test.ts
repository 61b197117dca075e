import { describe, expect, it } from 'vitest';
import { callIdMinter } from './call-ids.ts';

describe('callIdMinter', () => {
  it('numbers a single node’s calls from 1 in the documented form', () => {
    const mint = callIdMinter(undefined);
    expect([mint(1_455_885_056_123), mint(1_455_885_056_999)]).toEqual(['1455885056-1', '1455885056-2']);
  });

  it('never gives two cluster nodes the same id in the same second', () => {
    const nodes = [0, 1, 2, 1023].map((id) => callIdMinter(id));
    const ids = nodes.flatMap((mint) => Array.from({ length: 500 }, () => mint(1_700_000_000_000)));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^1700000000-\d+$/.test(id))).toBe(true);
  });
});
