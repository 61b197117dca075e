// Goal: a cluster node raises the whole system's peaks to the cluster's summed usage (decision
// 1732): `raiseTo` lifts only the fields that are higher, hands them over to be stored like any
// raised peak, and leaves the node's own counting alone. Method: a LicencePeaks on a fixed clock.
import { describe, expect, it } from 'vitest';
import { LicencePeaks, systemScope } from './licence-peaks.ts';

describe('LicencePeaks.raiseTo', () => {
  it('raises the higher fields only, and stores them with the next batch', () => {
    const peaks = new LicencePeaks(() => 1_000);
    const zero = { agents: 0, videoAgents: 0, ivrCalls: 0, voiceCalls: 0, webCalls: 0 };
    peaks.raiseTo(systemScope, { ...zero, agents: 3, voiceCalls: 1 });
    peaks.raiseTo(systemScope, { ...zero, agents: 2, voiceCalls: 4 });
    expect(peaks.peak(systemScope)).toEqual({ ...zero, agents: 3, voiceCalls: 4 });
    expect(peaks.takeRaised()).toEqual([
      { vdnId: systemScope, field: 'agents', value: 3, atMs: 1_000 },
      { vdnId: systemScope, field: 'voiceCalls', value: 4, atMs: 1_000 },
    ]);
    peaks.raiseTo(systemScope, { ...zero, agents: 1 });
    expect(peaks.takeRaised()).toEqual([]);
    expect(peaks.everyPeak()).toEqual([{ scope: systemScope, usage: { ...zero, agents: 3, voiceCalls: 4 } }]);
  });
});
