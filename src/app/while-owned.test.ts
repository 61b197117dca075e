// Goal: an engine's output is heard only during the tenure it was created in (decisions 1700,
// 1730): silent once the lease is lost, and still silent after this node takes the VDN back
// under a new fence (the discarded engine must not write for the new tenure).
// Method: whileOwned over an ownership whose fence the test sets, and a recording output.
import { describe, expect, it } from 'vitest';
import type { EngineOutput } from '../engine/index.ts';
import { whileOwned } from './compose-cti.ts';

describe('whileOwned', () => {
  it('passes output during the creating tenure only', () => {
    let fence: bigint | undefined = 7n;
    const heard: number[] = [];
    const output = { dialerNeeds: (_vdnId: number, _campaignId: number, count: number) => void heard.push(count) } as unknown as EngineOutput;
    const gated = whileOwned({ fenceOf: () => fence }, 1, output);
    gated.dialerNeeds!(1, 1, 1);
    fence = undefined;
    gated.dialerNeeds!(1, 1, 2);
    fence = 8n;
    gated.dialerNeeds!(1, 1, 3);
    // The new tenure's engine hears its own output.
    whileOwned({ fenceOf: () => fence }, 1, output).dialerNeeds!(1, 1, 4);
    expect(heard).toEqual([1, 4]);
  });
});
