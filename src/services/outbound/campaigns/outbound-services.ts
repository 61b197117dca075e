import type { NumberBlockedCheck } from '../call-data/dial-targets.ts';
import type { ResultCodeLookup } from '../results/attempt-recorder.ts';
import type { BusinessResultCheck } from '../results/business-write-back.ts';
import { reconcileCampaigns, recoverCampaigns } from './campaign-recovery.ts';
import { CampaignRuntime } from './campaign-runtime.ts';
import type { CampaignDialer } from './dialer-port.ts';
import type { OutboundDeps } from './outbound-deps.ts';

/** The lookups chapter 7's lists provide (O2: blacklist, external result codes, business results); permissive until wired. */
export interface OutboundListLookups {
  numberBlocked: NumberBlockedCheck;
  resultCodeFor: ResultCodeLookup;
  businessResultCheck: BusinessResultCheck;
}

/** The CC-iSales campaign side, composed once per server (src/app) and handed to the interfaces. */
export interface OutboundServices extends OutboundListLookups {
  readonly deps: OutboundDeps;
  readonly runtime: CampaignRuntime;
  /** Per-campaign time of the last 7.4.1/7.4.2 call (0200022). */
  readonly lastAddAtMs: Map<string, number>;
  /** Per-query time of the last 7.4.7 call (HTTP 429). */
  readonly lastStatisticsAtMs: Map<string, number>;
  /**
   * Start-up: settles interrupted attempts (unless `settle` is false: each VDN's takeover settles
   * its own, decision 1730) and hands running campaigns back to the dialer.
   */
  start(settle?: boolean): Promise<{ settledAttempts: number; campaigns: number }>;
  stop(): void;
  /**
   * Cluster mode (decision 1730): this node took the VDN's lease, and the takeover settled the
   * VDN's interrupted attempts; its campaigns now run here. Returns how many were reconciled.
   */
  startVdn(vdnId: number): Promise<number>;
  /** Cluster mode: this node lost the VDN; its campaigns stop here (the new owner carries them on). */
  stopVdn(vdnId: number): void;
}

export function createOutboundServices(options: {
  deps: OutboundDeps;
  track<T>(work: Promise<T>): Promise<T>;
  onError(error: unknown, context: Record<string, unknown>): void;
  dialer?: CampaignDialer;
  lookups?: Partial<OutboundListLookups>;
  /** Cluster mode: whether this node owns the VDN now (campaigns run on their VDN's owner). */
  owns?: (vdnId: number) => boolean;
}): OutboundServices {
  const lookups: OutboundListLookups = {
    numberBlocked: options.lookups?.numberBlocked ?? (async () => false),
    resultCodeFor: options.lookups?.resultCodeFor ?? (async () => null),
    businessResultCheck: options.lookups?.businessResultCheck ?? (async () => 'ok'),
  };
  const runtime = new CampaignRuntime({ deps: options.deps, track: options.track, onError: options.onError, dialer: options.dialer, ...(options.owns ? { owns: options.owns } : {}), numberBlocked: (...a) => lookups.numberBlocked(...a), resultCodeFor: (...a) => lookups.resultCodeFor(...a) });
  const services: OutboundServices = {
    ...lookups,
    deps: options.deps,
    runtime,
    lastAddAtMs: new Map(),
    lastStatisticsAtMs: new Map(),
    start: (settle) => recoverCampaigns(options.deps, runtime, settle),
    stop: () => runtime.stop(),
    startVdn: (vdnId) => reconcileCampaigns(options.deps, runtime, vdnId),
    stopVdn: (vdnId) => runtime.leaveVdn(vdnId),
  };
  return services;
}
