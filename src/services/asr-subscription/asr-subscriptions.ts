import type { Clock } from '../../domain/time/index.ts';
import { asrSystemOwner, type AsrSubscriptionRow, type Repositories } from '../../store/index.ts';

/** CEC §6.3.4 (ref L18570): a subscription without a heartbeat for five minutes is invalid. */
export const asrHandshakeLapseMs = 5 * 60_000;

/** Table 6-403 / 6-408: what a subscriber asks for. */
export interface AsrSubscriptionSpec {
  serviceCallBackUri: string;
  nlpFlag: boolean;
  flowAccessCode: string | null;
}

/** One §6.3 subscription: its owner (the VDN of the C5 credential, null for the system administrator). */
export interface AsrSubscription extends AsrSubscriptionSpec {
  readonly serverId: string;
  readonly ownerVdnId: number | null;
  readonly subscribeType: string;
  readonly serviceToken: string | null;
  readonly lastHandshakeMs: number;
}

export type HandshakeOutcome = 'ok' | 'unknown' | 'badToken';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const ownerKey = (ownerVdnId: number | null) => ownerVdnId ?? asrSystemOwner;
const specRow = (spec: AsrSubscriptionSpec) => ({ serviceCallbackUri: spec.serviceCallBackUri, nlpFlag: spec.nlpFlag ? 1 : 0, flowAccessCode: spec.flowAccessCode });

function fromRow(row: AsrSubscriptionRow): AsrSubscription {
  return {
    serverId: row.serverId,
    ownerVdnId: row.ownerVdnId === asrSystemOwner ? null : row.ownerVdnId,
    subscribeType: row.subscribeType,
    serviceToken: row.serviceToken,
    serviceCallBackUri: row.serviceCallbackUri,
    nlpFlag: row.nlpFlag === 1,
    flowAccessCode: row.flowAccessCode,
    lastHandshakeMs: row.lastHandshakeMs,
  };
}

/**
 * The §6.3 subscriptions (decision 0464), kept in the store: the store is the truth, so a restart
 * keeps them and, in cluster mode, the node that owns a VDN sees those registered through any
 * node. A subscription lapses five minutes after its registration or last handshake, judged on
 * the Clock from the stored time (no timer), so a lapsed one is simply never found again. A
 * credential reaches only the subscriptions it registered under its own VDN.
 */
export class AsrSubscriptions {
  constructor(
    private readonly clock: Clock,
    private readonly nodeNo: number,
    private readonly repos: Repositories,
  ) {}

  /** Rows whose last handshake is at or before this have lapsed. */
  private lapsedAtOrBefore(): number {
    return this.clock.now() - asrHandshakeLapseMs;
  }

  /**
   * `serverId` in the example's form `yyyyMMddHHmmss-NNN-SSSSS` (ref L18404): time, node, and a
   * durable per-node sequence, so that a restart within the same second cannot repeat one.
   */
  private async nextServerId(): Promise<string> {
    const stamp = new Date(this.clock.now()).toISOString().replace(/[-:T]/g, '').slice(0, 14);
    const seq = ((await this.repos.idCounters.next(`asr-subscription:${this.nodeNo}`)) - 1) % 99_999 + 1;
    return `${stamp}-${pad(this.nodeNo, 3)}-${pad(seq, 5)}`;
  }

  async register(ownerVdnId: number | null, subscribeType: string, serviceToken: string | null, spec: AsrSubscriptionSpec): Promise<AsrSubscription> {
    const now = this.clock.now();
    // Lapsed rows are only kept for the token of pushes still in the outbox; an hour is plenty.
    await this.repos.asrSubscriptions.purge(now - asrHandshakeLapseMs - 3_600_000);
    const row: AsrSubscriptionRow = { serverId: await this.nextServerId(), ownerVdnId: ownerKey(ownerVdnId), subscribeType, serviceToken, ...specRow(spec), createdAtMs: now, lastHandshakeMs: now };
    await this.repos.asrSubscriptions.insert(row);
    return fromRow(row);
  }

  /** The caller's live subscription, or undefined (unknown, lapsed, another VDN's). */
  async find(ownerVdnId: number | null, serverId: string): Promise<AsrSubscription | undefined> {
    const row = await this.repos.asrSubscriptions.findLive(ownerKey(ownerVdnId), serverId, this.lapsedAtOrBefore());
    return row && fromRow(row);
  }

  /** Changes a live subscription; false when the caller has none of that serverId. */
  modify(ownerVdnId: number | null, serverId: string, spec: AsrSubscriptionSpec): Promise<boolean> {
    return this.repos.asrSubscriptions.update(ownerKey(ownerVdnId), serverId, this.lapsedAtOrBefore(), specRow(spec));
  }

  unregister(ownerVdnId: number | null, serverId: string): Promise<boolean> {
    return this.repos.asrSubscriptions.delete(ownerKey(ownerVdnId), serverId, this.lapsedAtOrBefore());
  }

  /** §6.3.4 / §6.3.5: renews the subscription; the extended form also proves the registered token. */
  async handshake(ownerVdnId: number | null, serverId: string, serviceToken?: string): Promise<HandshakeOutcome> {
    const subscription = await this.find(ownerVdnId, serverId);
    if (!subscription) return 'unknown';
    if (serviceToken !== undefined && serviceToken !== (subscription.serviceToken ?? '')) return 'badToken';
    const renewed = await this.repos.asrSubscriptions.update(ownerKey(ownerVdnId), serverId, this.lapsedAtOrBefore(), { lastHandshakeMs: this.clock.now() });
    return renewed ? 'ok' : 'unknown';
  }

  /** The live subscriptions that receive a tenant's calls: its own and the system administrator's. */
  async forTenant(vdnId: number): Promise<AsrSubscription[]> {
    return (await this.repos.asrSubscriptions.listLive([vdnId, asrSystemOwner], this.lapsedAtOrBefore())).map(fromRow);
  }

  /** The token a push of `serverId` carries in `service_token` (its subscription, even lapsed since). */
  async tokenOf(serverId: string): Promise<string | undefined> {
    return (await this.repos.asrSubscriptions.find(serverId))?.serviceToken ?? undefined;
  }
}
