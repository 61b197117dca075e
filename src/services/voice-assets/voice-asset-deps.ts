import type { SecretSource } from '../../auth/index.ts';
import type { Clock } from '../../domain/time/index.ts';
import type { CallbackRequest } from '../../events/index.ts';
import type { Repositories } from '../../store/index.ts';
import type { VdnPlacement } from '../vdn-placement.ts';

/**
 * What the voice asset services use (STYLE: each service gets only the ports it names). The
 * interface handlers' services object satisfies it.
 */
export interface VoiceAssetDeps {
  readonly clock: Clock;
  readonly repos: Repositories;
  /** 19-digit identifiers, as the reference's fileId and templateId (ref L6577, L6700). */
  readonly ids: { next(): string };
  readonly secrets: SecretSource;
  readonly settings: { readonly dataDir: string };
  /** Serialises a tenant's configuration writes (the reference's "distributed lock", ref L854). */
  readonly tenantLocks: { run<T>(key: string, work: () => Promise<T>): Promise<T> };
  /** The durable, signed, retried callback outbox (decision 0004). */
  readonly callbacks: { enqueue(request: CallbackRequest): Promise<string>; settled(): Promise<void> };
  readonly log: { error(details: object, message: string): void };
  /** Work started by timers, awaited by the server's settle() and shutdown. */
  readonly background?: { track<T>(work: Promise<T>): Promise<T> };
  /** Cluster mode: assets are created on their VDN's owner, which arms their review (decision 1730). */
  readonly placement?: Pick<VdnPlacement, 'serveHere'>;
}

/** The bounds the voice asset services apply, from src/app/limits.ts and decision 0302. */
export interface VoiceAssetPolicy {
  /** Decoded voice file size (CEC §5.4.4, ref L6535: 8 MB). */
  readonly fileBytesMax: number;
  /** Longest audio accepted (decision 0302). */
  readonly durationMsMax: number;
  /** Uploads per second per tenant (CEC §5.4.4, ref L6520: 10). */
  readonly uploadsPerSecond: number;
  /** Pending assets are approved automatically after this delay (decision 0304). */
  readonly reviewAutoApproveDelayMs: number;
  /** Review callback attempts in all (CEC §5.4.4 Table 5-120, ref L6561: six). */
  readonly reviewCallbackAttemptsMax: number;
}

/** The lock key of a tenant's configuration, shared by every family that writes it. */
export function tenantLockKey(vdnId: number): string {
  return `vdn:${vdnId}`;
}
