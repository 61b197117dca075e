// Goal: the rendezvous choice that spreads tenants over nodes (decision 1700) is the same on every
// node, spreads many VDNs roughly evenly, and moves only the VDNs of a node that leaves.
import { describe, expect, it } from 'vitest';
import { preferredNode } from './rendezvous.ts';

const vdns = Array.from({ length: 300 }, (_, i) => i + 1);

describe('preferredNode', () => {
  it('answers the same whatever the order of the live set, and nothing for no node', () => {
    for (const vdnId of vdns.slice(0, 20)) expect(preferredNode(vdnId, [1, 2, 3])).toBe(preferredNode(vdnId, [3, 1, 2]));
    expect(preferredNode(1, [])).toBeUndefined();
  });

  it('spreads VDNs over the nodes', () => {
    const counts = new Map<number, number>();
    for (const vdnId of vdns) counts.set(preferredNode(vdnId, [1, 2, 3])!, (counts.get(preferredNode(vdnId, [1, 2, 3])!) ?? 0) + 1);
    for (const node of [1, 2, 3]) expect(counts.get(node)).toBeGreaterThan(70);
  });

  it('moves only the VDNs of the node that left', () => {
    for (const vdnId of vdns) {
      const before = preferredNode(vdnId, [1, 2, 3]);
      const after = preferredNode(vdnId, [1, 3]);
      if (before !== 2) expect(after).toBe(before);
    }
  });
});
