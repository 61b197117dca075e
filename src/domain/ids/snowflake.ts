import type { Clock } from '../time/index.ts';

/** 2020-01-01T00:00:00Z: the epoch of our identifiers, so that they stay 19 digits for decades. */
const idEpochMs = 1_577_836_800_000;
const sequenceBits = 12n;
const nodeBits = 10n;
const sequenceMask = (1n << sequenceBits) - 1n;

/**
 * Generates the 19-digit decimal identifiers the reference shows for access codes, called routes,
 * IVR ids, templates and files (e.g. "1124167935465633793"): time, node and sequence, like a
 * snowflake. Deterministic for a given clock, and unique within a node.
 */
export class SnowflakeIds {
  private lastMs = -1;
  private sequence = 0n;

  constructor(
    private readonly clock: Clock,
    private readonly nodeId: number,
  ) {
    if (nodeId < 0 || nodeId >= 1 << Number(nodeBits)) throw new RangeError(`nodeId ${nodeId} out of range`);
  }

  next(): string {
    let ms = Math.max(this.clock.now(), this.lastMs);
    if (ms === this.lastMs) {
      this.sequence = (this.sequence + 1n) & sequenceMask;
      // The sequence wrapped within one millisecond: borrow the next millisecond.
      if (this.sequence === 0n) ms += 1;
    } else {
      this.sequence = 0n;
    }
    this.lastMs = ms;
    const elapsed = BigInt(ms - idEpochMs);
    const id = (elapsed << (sequenceBits + nodeBits)) | (BigInt(this.nodeId) << sequenceBits) | this.sequence;
    // Pad to 19 digits so that early identifiers have the documented length too.
    return (id + 1_000_000_000_000_000_000n).toString();
  }
}
