import type { CecEvent } from '../domain/events/index.ts';
import type { Clock, TimerId } from '../domain/time/index.ts';

export interface PushTarget {
  callbackUri: string;
  serviceToken: string;
  /** The session's current GUID, sent in the `Guid` header of each push (Table 6-249). */
  guid(): string;
}

export type PushSender = (target: PushTarget, workNo: string, events: CecEvent[]) => Promise<boolean>;

export interface AgentEventHubOptions {
  clock: Clock;
  /** An empty poll is held this long (ref L13612: 100 × 100 ms). */
  longPollWaitMs: number;
  /** Events kept per agent; beyond it the oldest are dropped (and counted). */
  queueDepthMax: number;
  /** After sign-out, undelivered events (the final ShutdownService) stay this long for a last poll. */
  closingGraceMs: number;
  push: PushSender;
  pushBatchMax: number;
  pushRetryDelayMsBase: number;
  pushRetryDelayMsMax: number;
}

interface Waiter {
  resolve: (event: CecEvent | null) => void;
  timer: TimerId;
}

interface AgentQueue {
  events: CecEvent[];
  waiter: Waiter | null;
  push: PushTarget | null;
  pushing: boolean;
  pushAttempt: number;
  pushTimer: TimerId | null;
  closing: { guid: string; expiresAtMs: number } | null;
  dropped: number;
}

/**
 * One FIFO of events per signed-in agent (DESIGN "Event model"), delivered either by long poll
 * (§6.1.4.1: one event per response, an empty poll held up to 10 s) or by push (§6.1.4.2: batches
 * POSTed to the agent's callbackUri, oldest first, retried with backoff without reordering).
 */
export class AgentEventHub {
  private readonly queues = new Map<string, AgentQueue>();

  constructor(private readonly options: AgentEventHubOptions) {}

  open(workNo: number, push: PushTarget | null): void {
    const existing = this.queues.get(String(workNo));
    if (existing?.waiter) this.answer(existing, null);
    if (existing?.pushTimer) this.options.clock.cancel(existing.pushTimer);
    this.queues.set(String(workNo), { events: [], waiter: null, push, pushing: false, pushAttempt: 0, pushTimer: null, closing: null, dropped: 0 });
  }

  append(event: CecEvent): void {
    const queue = this.queues.get(event.workNo);
    if (!queue) return;
    if (queue.waiter) return this.answer(queue, event);
    queue.events.push(event);
    if (queue.events.length > this.options.queueDepthMax) {
      queue.events.shift();
      queue.dropped += 1;
    }
    if (queue.push) this.schedulePush(event.workNo, queue, 0);
  }

  /** The session ended: keep what is undelivered for a last poll with `guid`, briefly. */
  close(workNo: number, guid: string): void {
    const key = String(workNo);
    const queue = this.queues.get(key);
    if (!queue) return;
    if (queue.events.length === 0 && !queue.push) {
      if (queue.waiter) this.answer(queue, null);
      this.queues.delete(key);
      return;
    }
    queue.closing = { guid, expiresAtMs: this.options.clock.now() + this.options.closingGraceMs };
    this.options.clock.schedule(queue.closing.expiresAtMs, () => {
      if (this.queues.get(key) === queue) this.queues.delete(key);
    });
  }

  /** Whether a signed-out agent may still poll with `guid` to collect its last events. */
  closingSession(workNo: number, guid: string): boolean {
    const queue = this.queues.get(String(workNo));
    return Boolean(queue?.closing && queue.closing.guid === guid && queue.events.length > 0 && this.options.clock.now() < queue.closing.expiresAtMs);
  }

  /** syncagentinfo (6.1.1.25) clears the queue. */
  clear(workNo: number): void {
    const queue = this.queues.get(String(workNo));
    if (queue) queue.events.length = 0;
  }

  /** Whether a poll of the agent is being held (waiting for an event). */
  holding(workNo: number): boolean {
    return Boolean(this.queues.get(String(workNo))?.waiter);
  }

  size(workNo: number): number {
    return this.queues.get(String(workNo))?.events.length ?? 0;
  }

  /**
   * The oldest event, at once; or, when there is none, the first to arrive within the long-poll
   * wait; or null. A second poll while one waits answers the first with null (one poll per agent).
   */
  poll(workNo: number): Promise<CecEvent | null> {
    const key = String(workNo);
    const queue = this.queues.get(key);
    if (!queue) return Promise.resolve(null);
    if (queue.waiter) this.answer(queue, null);
    const next = queue.events.shift();
    if (next) {
      if (queue.closing && queue.events.length === 0) this.queues.delete(key);
      return Promise.resolve(next);
    }
    if (queue.closing) {
      this.queues.delete(key);
      return Promise.resolve(null);
    }
    return new Promise((resolve) => {
      const timer = this.options.clock.schedule(this.options.clock.now() + this.options.longPollWaitMs, () => {
        if (queue.waiter?.timer === timer) this.answer(queue, null);
      });
      queue.waiter = { resolve, timer };
    });
  }

  private answer(queue: AgentQueue, event: CecEvent | null): void {
    const waiter = queue.waiter;
    if (!waiter) return;
    queue.waiter = null;
    this.options.clock.cancel(waiter.timer);
    waiter.resolve(event);
  }

  private schedulePush(key: string, queue: AgentQueue, delayMs: number): void {
    if (queue.pushing || queue.pushTimer) return;
    queue.pushTimer = this.options.clock.schedule(this.options.clock.now() + delayMs, () => {
      queue.pushTimer = null;
      void this.pushNow(key, queue);
    });
  }

  private async pushNow(key: string, queue: AgentQueue): Promise<void> {
    const target = queue.push;
    if (!target || queue.pushing || queue.events.length === 0) return;
    queue.pushing = true;
    const batch = queue.events.slice(0, this.options.pushBatchMax);
    let delivered = false;
    try {
      delivered = await this.options.push(target, key, batch);
    } catch {
      delivered = false;
    }
    queue.pushing = false;
    if (this.queues.get(key) !== queue) return;
    if (delivered) {
      queue.events.splice(0, batch.length);
      queue.pushAttempt = 0;
      if (queue.closing && queue.events.length === 0) {
        this.queues.delete(key);
        return;
      }
      if (queue.events.length > 0) this.schedulePush(key, queue, 0);
      return;
    }
    queue.pushAttempt += 1;
    const delay = Math.min(this.options.pushRetryDelayMsMax, this.options.pushRetryDelayMsBase * 2 ** (queue.pushAttempt - 1));
    this.schedulePush(key, queue, delay);
  }
}
