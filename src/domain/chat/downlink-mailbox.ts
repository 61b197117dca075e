import { mailboxDepthMax, type DownlinkMessage } from './chat-message.ts';

/**
 * A customer's downlink mailbox (11.3 poll): messages wait in order until a poll takes them, each
 * exactly once. READ receipts are handed only to polls that ask for them (`isNeedRead=true`);
 * others skip them for good, so that a later poll asking for them does not get stale ones.
 */
export class DownlinkMailbox {
  private readonly waiting: DownlinkMessage[] = [];
  dropped = 0;

  get size(): number {
    return this.waiting.length;
  }

  put(message: DownlinkMessage): void {
    this.waiting.push(message);
    // Bounded (STYLE rule 15): a customer who never polls cannot grow the engine without limit.
    if (this.waiting.length > mailboxDepthMax) {
      this.waiting.shift();
      this.dropped += 1;
    }
  }

  take(withReadReceipts: boolean): DownlinkMessage[] {
    const all = this.waiting.splice(0, this.waiting.length);
    return withReadReceipts ? all : all.filter((m) => m.controlType !== 'READ');
  }
}
