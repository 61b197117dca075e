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
 * are durable (a restart does not sign clients out) and only their hash is stored. Verification
 * answers from a bounded in-memory cache (`cacheEntriesMax`, oldest dropped first) with the store
 * as the truth: a miss reads the store, a revoke drops the entry, expiry is checked on every use. There is no
 * refresh: an expired token is dead and the client asks for a new one (ref L1109–1170, L2539).
 */
export class TokenService {
  private readonly cache = new Map<string, CachedGrant>();

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
    this.remember(hash, { ...grant, family, expiresAtMs });
    return { ...grant, token, createdAtMs, expiresAtMs };
  }

  /** The grant of a live token of `family`, or undefined when unknown, expired or of another family. */
  async verify(family: TokenFamily, token: string): Promise<TokenGrant | undefined> {
    if (!token) return undefined;
    const hash = tokenHash(token);
    let grant = this.cache.get(hash);
    if (!grant) {
      const row = await this.repository.findToken(hash);
      if (!row) return undefined;
      grant = { vdnId: row.vdnId, appKey: row.appKey, family: row.family, expiresAtMs: row.expiresAtMs };
      this.remember(hash, grant);
    }
    if (grant.family !== family || grant.expiresAtMs <= this.clock.now()) return undefined;
    return { vdnId: grant.vdnId, appKey: grant.appKey };
  }

  /**
   * What a token is, whatever its family (§17.1 tells an expired token from an unknown one): its
   * grant while it lives, `expired` while its row is still kept, `unknown` otherwise.
   */
  async inspect(token: string): Promise<{ state: 'valid'; family: TokenFamily; grant: TokenGrant } | { state: 'expired' | 'unknown' }> {
    if (!token) return { state: 'unknown' };
    const hash = tokenHash(token);
    const cached = this.cache.get(hash);
    const row = cached ?? (await this.repository.findToken(hash));
    if (!row) return { state: 'unknown' };
    if (row.expiresAtMs <= this.clock.now()) return { state: 'expired' };
    return { state: 'valid', family: row.family, grant: { vdnId: row.vdnId, appKey: row.appKey } };
  }

  async revoke(token: string): Promise<void> {
    const hash = tokenHash(token);
    this.cache.delete(hash);
    await this.repository.deleteToken(hash);
  }

  private remember(hash: string, grant: CachedGrant): void {
    if (this.cache.size >= this.cacheEntriesMax) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(hash, grant);
  }
}
