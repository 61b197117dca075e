import type { Clock } from '../domain/time/index.ts';
import type { CredentialRepository } from '../store/index.ts';
import { tokenHash } from './password-hash.ts';
import type { SecretSource } from './secret-source.ts';

export type TokenFamily = 'C1' | 'C3' | 'C5' | 'SIA';

export interface TokenGrant {
  vdnId: number | null;
  appKey: string;
}

export interface IssuedToken extends TokenGrant {
  token: string;
  createdAtMs: number;
  expiresAtMs: number;
}

interface CachedGrant extends TokenGrant {
  family: TokenFamily;
  expiresAtMs: number;
}

/**
 * Issues and verifies bearer-style tokens (C1 AccessToken, C3 authToken, C5 config GUID). Tokens
 * are durable (a restart does not sign clients out) and only their hash is stored. There is no
 * refresh: an expired token is dead and the client asks for a new one (ref L1109–1170, L2539).
 *
 * Verification answers from a bounded in-memory cache keyed by the token as the client sent it
 * (decision 0023), so a known token costs one map lookup and no SHA-256. The store stays the
 * truth: a miss reads it (by hash) and only a token found there enters the cache, a revoke drops
 * the entry before it deletes the row, and expiry is checked on the Clock at every use.
 */
export class TokenService {
  private readonly cache = new Map<string, CachedGrant>();
  /** Counts revokes, so that a store read begun before one does not put its token back. */
  private revocations = 0;

  constructor(
    private readonly repository: CredentialRepository,
    private readonly clock: Clock,
    private readonly secrets: SecretSource,
    private readonly cacheEntriesMax: number,
  ) {}

  async issue(family: TokenFamily, grant: TokenGrant, ttlMs: number, format: (raw: string) => string = (raw) => raw): Promise<IssuedToken> {
    const createdAtMs = this.clock.now();
    const expiresAtMs = createdAtMs + ttlMs;
    const token = format(this.secrets.hex(24));
    const hash = tokenHash(token);
    await this.repository.deleteExpiredTokens(createdAtMs);
    await this.repository.insertToken({ tokenHash: hash, family, vdnId: grant.vdnId, appKey: grant.appKey, createdAtMs, expiresAtMs });
    this.remember(token, { vdnId: grant.vdnId, appKey: grant.appKey, family, expiresAtMs });
    return { ...grant, token, createdAtMs, expiresAtMs };
  }

  /** The grant of a live token of `family`, or undefined when unknown, expired or of another family. */
  async verify(family: TokenFamily, token: string): Promise<TokenGrant | undefined> {
    const found = await this.lookUp(token);
    if (!found || found.family !== family || found.expiresAtMs <= this.clock.now()) return undefined;
    return { vdnId: found.vdnId, appKey: found.appKey };
  }

  /**
   * What a token is, whatever its family (§17.1 tells an expired token from an unknown one): its
   * grant while it lives, `expired` while its row is still kept, `unknown` otherwise.
   */
  async inspect(token: string): Promise<{ state: 'valid'; family: TokenFamily; grant: TokenGrant } | { state: 'expired' | 'unknown' }> {
    const found = await this.lookUp(token);
    if (!found) return { state: 'unknown' };
    if (found.expiresAtMs <= this.clock.now()) return { state: 'expired' };
    return { state: 'valid', family: found.family, grant: { vdnId: found.vdnId, appKey: found.appKey } };
  }

  async revoke(token: string): Promise<void> {
    // Dropped before the delete (no new request is answered from the cache) and after it, when a
    // read that raced the delete may have put the token back; a read still running then sees the
    // count move and does not keep what it found.
    this.forget(token);
    await this.repository.deleteToken(tokenHash(token));
    this.forget(token);
  }

  private forget(token: string): void {
    this.cache.delete(token);
    this.revocations += 1;
  }

  /** The cached or stored token; an expired one leaves the cache (it can never be valid again). */
  private async lookUp(token: string): Promise<CachedGrant | undefined> {
    if (!token) return undefined;
    const cached = this.cache.get(token);
    if (cached) {
      if (cached.expiresAtMs <= this.clock.now()) this.cache.delete(token);
      return cached;
    }
    const revocations = this.revocations;
    const row = await this.repository.findToken(tokenHash(token));
    if (!row) return undefined;
    const stored: CachedGrant = { vdnId: row.vdnId, appKey: row.appKey, family: row.family, expiresAtMs: row.expiresAtMs };
    if (row.expiresAtMs > this.clock.now() && revocations === this.revocations) this.remember(token, stored);
    return stored;
  }

  private remember(token: string, entry: CachedGrant): void {
    if (this.cache.size >= this.cacheEntriesMax) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(token, entry);
  }
}
