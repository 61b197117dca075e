import { createHash } from 'node:crypto';

/**
 * Rendezvous (highest-random-weight) hashing: the node that should own a VDN is the live node with
 * the highest hash of (node, VDN). Every node computes the same answer from the same live set, and
 * when a node leaves only its own VDNs move (decision 1700).
 */
export function preferredNode(vdnId: number, nodeIds: Iterable<number>): number | undefined {
  let best: number | undefined;
  let bestWeight = -1n;
  for (const nodeId of nodeIds) {
    const weight = BigInt(`0x${createHash('sha256').update(`${nodeId}:${vdnId}`).digest('hex').slice(0, 15)}`);
    if (weight > bestWeight || (weight === bestWeight && best !== undefined && nodeId < best)) {
      best = nodeId;
      bestWeight = weight;
    }
  }
  return best;
}
