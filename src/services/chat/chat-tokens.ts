import { createHash } from 'node:crypto';
import type { SecretSource } from '../../auth/index.ts';
import type { Clock } from '../../domain/time/index.ts';

/** What a `ccmessaging-token` stands for: one customer of one channel of one tenant. */
export interface ChatGrant {
  vdnId: number;
  channelId: string;
  userId: string;
  userName: string;
  locale: string;
  createdAtMs: number;
  expiresAtMs: number;
}

/** CEC §11.1 (ref L39007): "valid for one hour". */
export const chatTokenTtlMs = 3_600_000;
/**
 * How long after expiry a token still authenticates one request, which then answers with a new
 * token in the `ccmessaging-token` response header (ref L39007, decision 1109).
 */
export const chatTokenRenewalGraceMs = 3_600_000;
/** Live tokens kept; the oldest are forgotten first (STYLE rule 15). */
const tokensMax = 200_000;

export type ChatTokenCheck = { ok: true; grant: ChatGrant; renewed: string | null } | { ok: false; why: 'missing' | 'unknown' | 'expired' | 'foreign' };

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Issues and checks chat tokens (decision 1109). A token is the URL-encoded Base64 of a JSON
 * object beginning with `createTime` and ending with `channelId`, as the reference's examples
 * show (ref L40686), with a random nonce that makes it unguessable; only its hash is kept.
 */
export class ChatTokens {
  private readonly grants = new Map<string, ChatGrant>();

  constructor(
    private readonly clock: Clock,
    private readonly secrets: SecretSource,
  ) {}

  issue(grant: Omit<ChatGrant, 'createdAtMs' | 'expiresAtMs'>): string {
    const createdAtMs = this.clock.now();
    const json = JSON.stringify({ createTime: createdAtMs, nonce: this.secrets.hex(24), userId: grant.userId, channelId: grant.channelId });
    const token = encodeURIComponent(Buffer.from(json, 'utf8').toString('base64'));
    this.grants.set(hash(token), { ...grant, createdAtMs, expiresAtMs: createdAtMs + chatTokenTtlMs });
    if (this.grants.size > tokensMax) this.grants.delete(this.grants.keys().next().value!);
    return token;
  }

  /** Checks a token for a request of tenant `vdnId`; an expired one within the grace is renewed. */
  check(token: string | undefined, vdnId: number): ChatTokenCheck {
    if (!token) return { ok: false, why: 'missing' };
    const key = hash(token);
    const grant = this.grants.get(key);
    if (!grant) return { ok: false, why: 'unknown' };
    if (grant.vdnId !== vdnId) return { ok: false, why: 'foreign' };
    const now = this.clock.now();
    if (now < grant.expiresAtMs) return { ok: true, grant, renewed: null };
    this.grants.delete(key);
    if (now >= grant.expiresAtMs + chatTokenRenewalGraceMs) return { ok: false, why: 'expired' };
    const renewed = this.issue(grant);
    return { ok: true, grant: this.grants.get(hash(renewed))!, renewed };
  }
}
