import { createHash, type Hash } from 'node:crypto';

/**
 * The hash of everything a run did, in order: agent events and engine facts with their virtual
 * times. Two runs of the same seed, scenario and build print the same hash; any difference in
 * behaviour changes it.
 */
export class EventLog {
  private readonly hash: Hash = createHash('sha256');
  private count = 0;

  add(atMs: number, kind: string, subject: string, data: unknown): void {
    this.hash.update(`${atMs}|${kind}|${subject}|${JSON.stringify(data)}\n`);
    this.count += 1;
  }

  get entries(): number {
    return this.count;
  }

  digest(): string {
    return this.hash.copy().digest('hex');
  }
}
