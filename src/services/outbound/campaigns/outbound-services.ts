import type { NumberBlockedCheck } from '../call-data/dial-targets.ts';
import type { ResultCodeLookup } from '../results/attempt-recorder.ts';
import type { BusinessResultCheck } from '../results/business-write-back.ts';
import { recoverCampaigns } from './campaign-recovery.ts';
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
  /** Start-up: settles interrupted attempts and hands running campaigns back to the dialer. */
  start(): Promise<{ settledAttempts: number; campaigns: number }>;
  stop(): void;
}

export function createOutboundServices(options: {
  deps: OutboundDeps;
  track<T>(work: Promise<T>): Promise<T>;
  onError(error: unknown, context: Record<string, unknown>): void;
  dialer?: CampaignDialer;
  lookups?: Partial<OutboundListLookups>;
}): OutboundServices {
  const lookups: OutboundListLookups = {
    numberBlocked: options.lookups?.numberBlocked ?? (async () => false),
    resultCodeFor: options.lookups?.resultCodeFor ?? (async () => null),
    businessResultCheck: options.lookups?.businessResultCheck ?? (async () => 'ok'),
  };
  const runtime = new CampaignRuntime({ deps: options.deps, track: options.track, onError: options.onError, dialer: options.dialer, numberBlocked: (...a) => lookups.numberBlocked(...a), resultCodeFor: (...a) => lookups.resultCodeFor(...a) });
  const services: OutboundServices = {
    ...lookups,
    deps: options.deps,
    runtime,
    lastAddAtMs: new Map(),
    lastStatisticsAtMs: new Map(),
    start: () => recoverCampaigns(options.deps, runtime),
    stop: () => runtime.stop(),
  };
  return services;
}
