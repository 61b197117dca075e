import type { LiveUsage } from '../../engine/index.ts';
import { peakFields, zeroUsage, type Usage } from '../../stats/system/index.ts';
import { uapOffices, type ControlBlocks, type OfficeSample, type TerminalSample } from '../../telephony/sim/index.ts';
import type { NodeIndicators, VdnLive } from './node-indicators.ts';

/** Live usage added up, in the fields of a licence peak (§12.3.6.8). */
export function usageOf(live: readonly LiveUsage[]): Usage {
  const total = zeroUsage();
  for (const u of live) {
    total.agents += u.signedInAgents;
    total.videoAgents += u.signedInVideoAgents;
    total.ivrCalls += u.ivrCalls;
    total.voiceCalls += u.voiceCalls;
    total.webCalls += u.webCalls;
  }
  return total;
}

/**
 * The system indicators of the whole cluster (decision 1732), merged from every node's snapshot
 * (this node's first, taken now) as each interface's semantics require: a VDN's live state is its
 * owner's (the highest fence among the claims, so a dead owner's last snapshot loses to the new
 * owner's); the simulated UAP is one UAP ("single mode", ref L63119) whose counters are the
 * nodes' added up; peaks are the highest any node saw. On a single node the view is that node's.
 */
export class IndicatorView {
  private readonly owners = new Map<number, VdnLive>();

  constructor(private readonly nodes: readonly NodeIndicators[]) {
    for (const node of nodes) {
      for (const live of node.vdns) {
        const held = this.owners.get(live.vdnId);
        if (!held || BigInt(live.fence) > BigInt(held.fence)) this.owners.set(live.vdnId, live);
      }
    }
  }

  /** The VDN's live state on its owner, if a node serves it. */
  vdn(vdnId: number): VdnLive | undefined {
    return this.owners.get(vdnId);
  }

  /** Every VDN some node serves, with its owner's live state. */
  served(): VdnLive[] {
    return [...this.owners.values()];
  }

  /** The highest usage any node saw for the scope in its current run (the store holds older peaks). */
  peak(scope: number): Usage {
    const peak = zeroUsage();
    for (const node of this.nodes) {
      for (const entry of node.peaks) {
        if (entry.scope !== scope) continue;
        for (const field of peakFields) peak[field] = Math.max(peak[field], entry.usage[field]);
      }
    }
    return peak;
  }

  /** Calls of every node's UAP by how far they got: the counts add up; the last block allocated is the highest. */
  controlBlocks(): ControlBlocks {
    const total: ControlBlocks = { setup: 0, alerting: 0, active: 0, ivrConnections: 0, conferences: 0, lastAllocated: 0 };
    for (const { uap } of this.nodes) {
      total.setup += uap.blocks.setup;
      total.alerting += uap.blocks.alerting;
      total.active += uap.blocks.active;
      total.ivrConnections += uap.blocks.ivrConnections;
      total.conferences += uap.blocks.conferences;
      total.lastAllocated = Math.max(total.lastAllocated, uap.blocks.lastAllocated);
    }
    return total;
  }

  /** Terminals registered on any node (a number is one terminal: the first node's address is kept). */
  registeredTerminals(): Map<string, string> {
    const all = new Map<string, string>();
    for (const { uap } of this.nodes) for (const [number, address] of uap.registered) if (!all.has(number)) all.set(number, address);
    return all;
  }

  /**
   * "The latest 5 minutes" (12.3.6.1): the last period any node has closed, each office's counts
   * added up over the nodes (a node that had not closed it yet when it published counts what it
   * had measured of it then).
   */
  latestOffices(): OfficeSample[] {
    const latestMs = Math.max(...this.nodes.map(({ uap }) => uap.latest[0]?.beginMs ?? Number.NEGATIVE_INFINITY));
    if (!Number.isFinite(latestMs)) return [];
    const samples = this.nodes.flatMap(({ uap }) => {
      const closed = uap.latest.filter((s) => s.beginMs === latestMs);
      return closed.length > 0 ? closed : uap.offices.filter((s) => s.beginMs === latestMs);
    });
    return sumOfficeSamples(samples);
  }
}

/** Office samples added up per period and office, oldest first, office by office. */
export function sumOfficeSamples(samples: readonly OfficeSample[]): OfficeSample[] {
  const sums = new Map<string, OfficeSample>();
  for (const s of samples) {
    const key = `${s.beginMs}:${s.ofcNo}`;
    const sum = sums.get(key);
    if (!sum) {
      sums.set(key, { ...s });
      continue;
    }
    for (const [name, value] of Object.entries(s) as [keyof OfficeSample, number][]) {
      if (name === 'beginMs' || name === 'ofcNo') continue;
      // The nodes' busiest seconds need not coincide: the highest of them is what is certain.
      (sum as unknown as Record<string, number>)[name] = name === 'seizuresPerSecondMax' ? Math.max(sum[name], value) : sum[name] + value;
    }
  }
  const order = (s: OfficeSample) => uapOffices.findIndex((o) => o.ofcNo === s.ofcNo);
  return [...sums.values()].sort((x, y) => x.beginMs - y.beginMs || order(x) - order(y));
}

/** Terminal samples added up per period, oldest first. */
export function sumTerminalSamples(samples: readonly TerminalSample[]): TerminalSample[] {
  const sums = new Map<number, number>();
  for (const s of samples) sums.set(s.beginMs, (sums.get(s.beginMs) ?? 0) + s.registered);
  return [...sums].sort(([a], [b]) => a - b).map(([beginMs, registered]) => ({ beginMs, registered }));
}
