// Goal: tokens are verified from memory without letting the cache outlive the store's truth: a
// revoke is honoured at once (also against a store read that raced it), expiry follows the Clock,
// a token never answers for another family, a tenant's grant stays its own, and the cache is bounded.
import { describe, expect, it } from 'vitest';
import type { Clock } from '../domain/time/index.ts';
import type { AccessToken, CredentialRepository } from '../store/index.ts';
import { tokenHash } from './password-hash.ts';
import { TokenService } from './token-service.ts';

function fixture(cacheEntriesMax = 100) {
  let nowMs = 1_000_000;
  const rows = new Map<string, AccessToken>();
  const reads: string[] = [];
  let gate: Promise<void> | undefined;
  const repository = {
    async insertToken(row: AccessToken) { rows.set(row.tokenHash, row); },
    async findToken(hash: string) {
      reads.push(hash);
      const row = rows.get(hash);
      // A read that sees the row, then waits: what a slow pool connection does.
      if (gate) await gate;
      return row;
    },
    async deleteToken(hash: string) { rows.delete(hash); },
    async deleteExpiredTokens(at: number) { for (const [h, r] of rows) if (r.expiresAtMs <= at) rows.delete(h); return 0; },
  } as unknown as CredentialRepository;
  const clock = { now: () => nowMs } as Clock;
  let n = 0;
  const secrets = { hex: () => `token-${++n}` };
  const service = new TokenService(repository, clock, secrets, cacheEntriesMax);
  return { service, rows, reads, advance: (ms: number) => (nowMs += ms), hold(release: Promise<void>) { gate = release; }, fresh: () => new TokenService(repository, clock, secrets, cacheEntriesMax) };
}

describe('TokenService cache', () => {
  it('answers a known token from memory: no store read after the first', async () => {
    const f = fixture();
    const issued = await f.service.issue('C1', { vdnId: 1, appKey: 'ak-1' }, 60_000);
    for (let i = 0; i < 3; i++) expect(await f.service.verify('C1', issued.token)).toEqual({ vdnId: 1, appKey: 'ak-1' });
    expect(f.reads).toEqual([]);
    const other = f.fresh();
    expect(await other.verify('C1', issued.token)).toEqual({ vdnId: 1, appKey: 'ak-1' });
    expect(await other.verify('C1', issued.token)).toEqual({ vdnId: 1, appKey: 'ak-1' });
    expect(f.reads).toEqual([tokenHash(issued.token)]);
  });

  it('keeps each tenant to its own grant and each token to its family', async () => {
    const f = fixture();
    const one = await f.service.issue('C1', { vdnId: 1, appKey: 'ak-1' }, 60_000);
    const two = await f.service.issue('C1', { vdnId: 2, appKey: 'ak-2' }, 60_000);
    expect(await f.service.verify('C1', one.token)).toEqual({ vdnId: 1, appKey: 'ak-1' });
    expect(await f.service.verify('C1', two.token)).toEqual({ vdnId: 2, appKey: 'ak-2' });
    expect(await f.service.verify('C5', one.token)).toBeUndefined();
    expect(await f.service.verify('C1', `${one.token} `)).toBeUndefined();
    expect(await f.service.verify('C1', '')).toBeUndefined();
  });

  it('stops a token at its expiry on the Clock, cached or not', async () => {
    const f = fixture();
    const issued = await f.service.issue('C3', { vdnId: 1, appKey: 'ak-1' }, 1_000);
    const other = f.fresh();
    expect(await other.verify('C3', issued.token)).toBeDefined();
    f.advance(999);
    expect(await f.service.verify('C3', issued.token)).toBeDefined();
    f.advance(1);
    expect(await f.service.verify('C3', issued.token)).toBeUndefined();
    expect(await other.verify('C3', issued.token)).toBeUndefined();
    expect(await f.service.inspect(issued.token)).toEqual({ state: 'expired' });
  });

  it('honours a revoke at once', async () => {
    const f = fixture();
    const issued = await f.service.issue('C1', { vdnId: 1, appKey: 'ak-1' }, 60_000);
    expect(await f.service.verify('C1', issued.token)).toBeDefined();
    await f.service.revoke(issued.token);
    expect(f.rows.size).toBe(0);
    expect(await f.service.verify('C1', issued.token)).toBeUndefined();
    expect(await f.service.inspect(issued.token)).toEqual({ state: 'unknown' });
  });

  it('does not keep a token that a store read found while a revoke ran', async () => {
    const f = fixture();
    const issued = await f.service.issue('C1', { vdnId: 1, appKey: 'ak-1' }, 60_000);
    const other = f.fresh();
    let release!: () => void;
    f.hold(new Promise<void>((resolve) => (release = resolve)));
    const racing = other.verify('C1', issued.token);
    await other.revoke(issued.token);
    release();
    // The request that raced the revoke may pass (it came first); the next one may not.
    await racing;
    f.hold(Promise.resolve());
    expect(await other.verify('C1', issued.token)).toBeUndefined();
  });

  it('stays within its bound, the oldest entry dropped first', async () => {
    const f = fixture(2);
    const tokens = [];
    for (let i = 0; i < 3; i++) tokens.push((await f.service.issue('C1', { vdnId: 1, appKey: `ak-${i}` }, 60_000)).token);
    expect(await f.service.verify('C1', tokens[2]!)).toBeDefined();
    expect(await f.service.verify('C1', tokens[1]!)).toBeDefined();
    expect(f.reads).toEqual([]);
    expect(await f.service.verify('C1', tokens[0]!)).toEqual({ vdnId: 1, appKey: 'ak-0' });
    expect(f.reads).toEqual([tokenHash(tokens[0]!)]);
  });
});
