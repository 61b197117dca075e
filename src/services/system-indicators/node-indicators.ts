import { liveUsage, openOperations, type LiveUsage, type TenantEngine } from '../../engine/index.ts';
import type { LicencePeaks, Usage } from '../../stats/system/index.ts';
import type { ApiServices } from '../../api/services.ts';
import { IndicatorView } from './indicator-view.ts';
import { uapPeriodMs, type ControlBlocks, type OfficeSample, type TerminalSample, type UapCounters } from '../../telephony/sim/index.ts';

/** An agent's open journal interval, and whether it is signed in to a skill queue (12.3.6.6). */
export interface OpenInterval {
  workNo: number;
  opType: number;
  beginMs: number;
  takesInbound: boolean;
}

/** What one VDN's engine holds live, as its owner sees it. */
export interface VdnLive {
  vdnId: number;
  /** The owner's fencing token, decimal: of two claims on one VDN the higher fence is the owner's. */
  fence: string;
  usage: LiveUsage;
  open: OpenInterval[];
}

/**
 * The system indicators one node holds in memory (decision 1732): the live state of the VDNs it
 * owns, its licence peaks of this run, and its simulated UAP's counters, with the samples it has
 * not stored yet. A cluster node publishes it for the others; JSON-safe.
 */
export interface NodeIndicators {
  nodeId: number;
  vdns: VdnLive[];
  peaks: { scope: number; usage: Usage }[];
  uap: {
    /** The last closed period of each office (12.3.6.1). */
    latest: OfficeSample[];
    /** The periods not in the store yet (closed, and the one in progress). */
    offices: OfficeSample[];
    terminals: TerminalSample[];
    blocks: ControlBlocks;
    /** Registered terminals: number → "ip:port". */
    registered: [string, string][];
  };
}

/** Another node's snapshots, as this node last read them (none on a single node). */
export interface IndicatorPeers {
  others(): Promise<NodeIndicators[]>;
}

export const noPeers: IndicatorPeers = { others: async () => [] };

/**
 * How many unstored periods a snapshot carries at most: a node that writes no record batch for
 * longer (idle) stores its samples late, and until then its older periods read as not measured.
 */
const unstoredPeriodsMax = 12;

/** The open journal intervals of an engine's agents. */
export function openIntervals(engine: TenantEngine): OpenInterval[] {
  return openOperations(engine).map((o) => ({ ...o, takesInbound: (engine.agents.get(o.workNo)?.signedInSkills.size ?? 0) > 0 }));
}

/** This node's snapshot: its engines (those it owns), its peaks and its UAP. */
export function nodeIndicators(input: { nodeId: number; engines: readonly TenantEngine[]; fenceOf: (vdnId: number) => bigint | undefined; uap: UapCounters; peaks: LicencePeaks; nowMs: number }): NodeIndicators {
  const { uap } = input;
  const vdns: VdnLive[] = [];
  for (const engine of input.engines) {
    const fence = input.fenceOf(engine.vdnId);
    if (fence !== undefined) vdns.push({ vdnId: engine.vdnId, fence: String(fence), usage: liveUsage(engine), open: openIntervals(engine) });
  }
  const fromMs = Math.max(uap.unstoredSinceMs, input.nowMs - input.nowMs % uapPeriodMs - unstoredPeriodsMax * uapPeriodMs);
  return {
    nodeId: input.nodeId,
    vdns,
    peaks: input.peaks.everyPeak(),
    uap: {
      latest: uap.latestOffices(),
      offices: uap.officeSamples(fromMs, Number.POSITIVE_INFINITY),
      terminals: uap.terminalSamples(fromMs, Number.POSITIVE_INFINITY),
      blocks: uap.controlBlocks(),
      registered: [...uap.registeredTerminals()],
    },
  };
}

/** Where a node reads the system indicators of §12.3.6 (decision 1732). */
export interface SystemIndicatorSources {
  readonly nodeId: number;
  /** This node's fence for a VDN it owns (0 on a single node), undefined for the others. */
  fenceOf(vdnId: number): bigint | undefined;
  /** The other nodes' snapshots; replaced by the composition in cluster mode. */
  peers: IndicatorPeers;
  /** Cluster mode: pins this node's snapshot for the others now (the composition also does on a timer). */
  pin?: () => Promise<void>;
}

/** This node's snapshot, now. */
export async function localIndicators(services: ApiServices): Promise<NodeIndicators> {
  const { cti, systemIndicators } = services;
  return nodeIndicators({ nodeId: systemIndicators.nodeId, engines: await cti.registry.running(), fenceOf: (vdnId) => systemIndicators.fenceOf(vdnId), uap: cti.uap, peaks: cti.licencePeaks, nowMs: services.clock.now() });
}

/** The cluster's view: this node's snapshot first, then the others'. */
export async function clusterIndicators(services: ApiServices): Promise<{ view: IndicatorView; others: NodeIndicators[] }> {
  const [local, others] = await Promise.all([localIndicators(services), services.systemIndicators.peers.others()]);
  const rest = others.filter((n) => n.nodeId !== local.nodeId);
  return { view: new IndicatorView([local, ...rest]), others: rest };
}
