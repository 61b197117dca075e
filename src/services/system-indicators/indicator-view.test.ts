// Goal: the merge rules of the cluster-wide system indicators (decision 1732): a VDN's live state
// is the claim with the highest fence (a dead owner's last snapshot loses to the new owner's),
// UAP counters add up (the busiest second is the highest), peaks are the highest, and a node's
// stored samples are overlaid by what it still holds in memory, never counted twice. Method: hand-made snapshots
// and a fake repository.
import { describe, expect, it } from 'vitest';
import { emptyCounts } from '../../telephony/sim/uap-measurements.ts';
import { UapCounters, type OfficeSample } from '../../telephony/sim/index.ts';
import type { Repositories } from '../../store/index.ts';
import { IndicatorView } from './indicator-view.ts';
import type { NodeIndicators } from './node-indicators.ts';
import { uapSamples } from './system-indicator-store.ts';

const office = (beginMs: number, ofcNo: 0 | 1, seizures: number, perSecond = 1): OfficeSample => ({ ...emptyCounts(), beginMs, ofcNo, busyCircuits: seizures, seizures, seizuresPerSecondMax: perSecond });
const usage = (agents: number) => ({ signedInAgents: agents, signedInVideoAgents: 0, ivrCalls: 0, voiceCalls: 0, webCalls: 0 });

function node(nodeId: number, parts: Partial<NodeIndicators> & { offices?: OfficeSample[]; latest?: OfficeSample[] }): NodeIndicators {
  return {
    nodeId,
    vdns: parts.vdns ?? [],
    peaks: parts.peaks ?? [],
    uap: { latest: parts.latest ?? [], offices: parts.offices ?? [], terminals: [], blocks: { setup: 1, alerting: 0, active: 2, ivrConnections: 0, conferences: 0, lastAllocated: nodeId }, registered: [[`70${nodeId}`, `10.0.0.${nodeId}:5060`]] },
  };
}

describe('IndicatorView', () => {
  it('takes each VDN from the claim with the highest fence', () => {
    const stale = node(1, { vdns: [{ vdnId: 1, fence: '9', usage: usage(5), open: [] }] });
    const owner = node(2, { vdns: [{ vdnId: 1, fence: '10', usage: usage(3), open: [] }, { vdnId: 2, fence: '1', usage: usage(1), open: [] }] });
    const view = new IndicatorView([stale, owner]);
    expect(view.vdn(1)?.usage.signedInAgents).toBe(3);
    expect(view.served().map((v) => v.vdnId).sort()).toEqual([1, 2]);
    expect(new IndicatorView([owner, stale]).vdn(1)?.usage.signedInAgents).toBe(3);
  });

  it('adds up the UAP, keeps the highest peak and block number, and lists each terminal once', () => {
    const zero = { agents: 0, videoAgents: 0, ivrCalls: 0, voiceCalls: 0, webCalls: 0 };
    const a = node(1, { peaks: [{ scope: 0, usage: { ...zero, agents: 4 } }], latest: [office(300_000, 0, 2, 2)] });
    const b = node(2, { peaks: [{ scope: 0, usage: { ...zero, agents: 3, voiceCalls: 2 } }], offices: [office(300_000, 0, 5, 1), office(600_000, 0, 1)] });
    const view = new IndicatorView([a, b]);
    expect(view.peak(0)).toMatchObject({ agents: 4, voiceCalls: 2 });
    expect(view.controlBlocks()).toMatchObject({ setup: 2, active: 4, lastAllocated: 2 });
    expect([...view.registeredTerminals().keys()]).toEqual(['701', '702']);
    // B had not closed the period when it pinned: what it measured of it counts.
    expect(view.latestOffices()).toEqual([expect.objectContaining({ beginMs: 300_000, seizures: 7, busyCircuits: 7, seizuresPerSecondMax: 2 })]);
  });
});

describe('uapSamples across nodes', () => {
  it('overlays each node’s stored samples with its memory, then adds the nodes up', async () => {
    const stored = [
      { beginMs: 0, ofcNo: 0, nodeId: 2, counters: JSON.stringify(office(0, 0, 4)) },
      { beginMs: 300_000, ofcNo: 0, nodeId: 2, counters: JSON.stringify(office(300_000, 0, 1)) },
      { beginMs: 0, ofcNo: 0, nodeId: 7, counters: JSON.stringify(office(0, 0, 10)) },
    ];
    const repos = { systemIndicators: { uapSamples: async () => stored } } as unknown as Repositories;
    const local = new UapCounters(() => 900_000);
    // Node 2 still holds period 300 000 in memory, with more than it had stored.
    const peer = node(2, { offices: [office(300_000, 0, 3)] });
    const { offices } = await uapSamples(repos, local, 0, 600_000, { nodeId: 1, others: [peer] });
    expect(offices.filter((s) => s.ofcNo === 0).map((s) => [s.beginMs, s.seizures])).toEqual([
      [0, 14],
      [300_000, 3],
    ]);
  });
});
