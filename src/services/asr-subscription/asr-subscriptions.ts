import type { Clock, TimerId } from '../../domain/time/index.ts';

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
  lastHandshakeMs: number;
  lapseTimer: TimerId;
}

export type HandshakeOutcome = 'ok' | 'unknown' | 'badToken';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * The live §6.3 subscriptions (decision 0464): kept in memory, each lapsing on the Clock five
 * minutes after its registration or last handshake. A credential reaches only the subscriptions
 * it registered under its own VDN; another VDN's serverId is unknown to it.
 */
export class AsrSubscriptions {
  private readonly byId = new Map<string, AsrSubscription>();
  private seq = 0;

  constructor(private readonly clock: Clock, private readonly nodeNo: number) {}

  /** `serverId` in the example's form `yyyyMMddHHmmss-NNN-SSSSS` (ref L18404): time, node, sequence. */
  private nextServerId(): string {
    const d = new Date(this.clock.now());
    const stamp = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}${pad(d.getUTCHours(), 2)}${pad(d.getUTCMinutes(), 2)}${pad(d.getUTCSeconds(), 2)}`;
    this.seq = (this.seq % 99_999) + 1;
    return `${stamp}-${pad(this.nodeNo, 3)}-${pad(this.seq, 5)}`;
  }

  register(ownerVdnId: number | null, subscribeType: string, serviceToken: string | null, spec: AsrSubscriptionSpec): AsrSubscription {
    const serverId = this.nextServerId();
    const now = this.clock.now();
    const subscription: AsrSubscription = { ...spec, serverId, ownerVdnId, subscribeType, serviceToken, lastHandshakeMs: now, lapseTimer: this.armLapse(serverId, now) };
    this.byId.set(serverId, subscription);
    return subscription;
  }

  private armLapse(serverId: string, fromMs: number): TimerId {
    return this.clock.schedule(fromMs + asrHandshakeLapseMs, () => {
      this.byId.delete(serverId);
    });
  }

  /** The caller's live subscription, or undefined (unknown, lapsed, another VDN's). */
  find(ownerVdnId: number | null, serverId: string): AsrSubscription | undefined {
    const subscription = this.byId.get(serverId);
    return subscription && subscription.ownerVdnId === ownerVdnId ? subscription : undefined;
  }

  modify(ownerVdnId: number | null, serverId: string, spec: AsrSubscriptionSpec): AsrSubscription | undefined {
    const subscription = this.find(ownerVdnId, serverId);
    if (!subscription) return undefined;
    Object.assign(subscription, spec);
    return subscription;
  }

  unregister(ownerVdnId: number | null, serverId: string): boolean {
    const subscription = this.find(ownerVdnId, serverId);
    if (!subscription) return false;
    this.clock.cancel(subscription.lapseTimer);
    this.byId.delete(serverId);
    return true;
  }

  /** §6.3.4 / §6.3.5: renews the subscription; the extended form also proves the registered token. */
  handshake(ownerVdnId: number | null, serverId: string, serviceToken?: string): HandshakeOutcome {
    const subscription = this.find(ownerVdnId, serverId);
    if (!subscription) return 'unknown';
    if (serviceToken !== undefined && serviceToken !== (subscription.serviceToken ?? '')) return 'badToken';
    this.clock.cancel(subscription.lapseTimer);
    subscription.lastHandshakeMs = this.clock.now();
    subscription.lapseTimer = this.armLapse(serverId, subscription.lastHandshakeMs);
    return 'ok';
  }

  /** The live subscriptions that receive a tenant's calls: its own and the system administrator's. */
  forTenant(vdnId: number): AsrSubscription[] {
    const out: AsrSubscription[] = [];
    for (const subscription of this.byId.values()) if (subscription.ownerVdnId === vdnId || subscription.ownerVdnId === null) out.push(subscription);
    return out;
  }

  /** The token a push of `serverId` carries in `service_token` (its subscription, alive or not this process). */
  tokenOf(serverId: string): string | undefined {
    return this.byId.get(serverId)?.serviceToken ?? undefined;
  }

  get size(): number {
    return this.byId.size;
  }
}
