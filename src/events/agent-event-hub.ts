import type { CecEvent } from '../domain/events/index.ts';
import type { Clock, TimerId } from '../domain/time/index.ts';

export interface PushTarget {
  callbackUri: string;
  serviceToken: string;
  /** The session's current GUID, sent in the `Guid` header of each push (Table 6-249). */
  guid(): string;
  /** Pre-2.5 clients: one event per POST, in the poll's body (docs/extensions.md). */
  legacy?: boolean;
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
  /** A push is due at once (started on the next turn, not on the Clock). */
  kicked: boolean;
  pushAttempt: number;
  pushTimer: TimerId | null;
  closing: { guid: string; expiresAtMs: number; timer: TimerId } | null;
  dropped: number;
}

/**
 * One FIFO of events per signed-in agent (DESIGN "Event model"), delivered either by long poll
 * (§6.1.4.1: one event per response, an empty poll held up to 10 s) or by push (§6.1.4.2: batches
 * POSTed to the agent's callbackUri, oldest first, retried with backoff without reordering; note
 * 02 §5.2). A push queue is never polled, so an event is delivered one way only. Decision 0605
 * records the delivery rules and the faults fixed here.
 */
export class AgentEventHub {
  private readonly queues = new Map<string, AgentQueue>();
  /** Pushes on their way (for `pushesSettled`: tests and shutdown wait for them). */
  private readonly inFlight = new Set<Promise<void>>();
  private kicks = 0;

  constructor(private readonly options: AgentEventHubOptions) {}

  open(workNo: number, push: PushTarget | null): void {
    const key = String(workNo);
    const existing = this.queues.get(key);
    if (existing) this.drop(key, existing);
    this.queues.set(key, { events: [], waiter: null, push, pushing: false, kicked: false, pushAttempt: 0, pushTimer: null, closing: null, dropped: 0 });
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

  /** The session ended: keep what is undelivered for a last poll with `guid` (or the last pushes), briefly. */
  close(workNo: number, guid: string): void {
    const key = String(workNo);
    const queue = this.queues.get(key);
    if (!queue) return;
    if (queue.events.length === 0) return this.drop(key, queue);
    const expiresAtMs = this.options.clock.now() + this.options.closingGraceMs;
    const timer = this.options.clock.schedule(expiresAtMs, () => {
      if (this.queues.get(key) === queue) this.drop(key, queue);
    });
    queue.closing = { guid, expiresAtMs, timer };
  }

  /** Whether a signed-out agent may still poll with `guid` to collect its last events (never a push agent). */
  closingSession(workNo: number, guid: string): boolean {
    const queue = this.queues.get(String(workNo));
    return Boolean(queue && !queue.push && queue.closing && queue.closing.guid === guid && queue.events.length > 0 && this.options.clock.now() < queue.closing.expiresAtMs);
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

  /** Events dropped from the agent's queue because its reader fell behind by more than the depth. */
  droppedCount(workNo: number): number {
    return this.queues.get(String(workNo))?.dropped ?? 0;
  }

  /**
   * The oldest event, at once; or, when there is none, the first to arrive within the long-poll
   * wait; or null. A second poll while one waits answers the first with null (one poll per agent).
   * A push queue answers null: its events go to the callbackUri only.
   */
  poll(workNo: number): Promise<CecEvent | null> {
    const key = String(workNo);
    const queue = this.queues.get(key);
    if (!queue || queue.push) return Promise.resolve(null);
    if (queue.waiter) this.answer(queue, null);
    const next = queue.events.shift();
    if (next) {
      if (queue.closing && queue.events.length === 0) this.drop(key, queue);
      return Promise.resolve(next);
    }
    if (queue.closing) {
      this.drop(key, queue);
      return Promise.resolve(null);
    }
    return new Promise((resolve) => {
      const timer = this.options.clock.schedule(this.options.clock.now() + this.options.longPollWaitMs, () => {
        if (queue.waiter?.timer === timer) this.answer(queue, null);
      });
      queue.waiter = { resolve, timer };
    });
  }

  /** Resolves once no push is due at once or on its way (retries waiting on the Clock do not count). */
  async pushesSettled(): Promise<void> {
    for (let rounds = 0; rounds < 10_000 && (this.inFlight.size > 0 || this.kicks > 0); rounds++) {
      await Promise.allSettled([...this.inFlight, Promise.resolve()]);
    }
  }

  private answer(queue: AgentQueue, event: CecEvent | null): void {
    const waiter = queue.waiter;
    if (!waiter) return;
    queue.waiter = null;
    this.options.clock.cancel(waiter.timer);
    waiter.resolve(event);
  }

  /** Forgets a queue and every timer it armed, so that nothing retries for a session that is gone. */
  private drop(key: string, queue: AgentQueue): void {
    if (queue.waiter) this.answer(queue, null);
    if (queue.pushTimer !== null) this.options.clock.cancel(queue.pushTimer);
    if (queue.closing) this.options.clock.cancel(queue.closing.timer);
    queue.pushTimer = null;
    queue.push = null;
    if (this.queues.get(key) === queue) this.queues.delete(key);
  }

  /**
   * A push now starts on the next turn of the event loop, not on the Clock: on a virtual clock a
   * timer due "now" runs only when time is next moved, which held pushed events back while polled
   * ones were delivered at once. Retries wait on the Clock, with exponential backoff.
   */
  private schedulePush(key: string, queue: AgentQueue, delayMs: number): void {
    if (queue.pushing || queue.pushTimer !== null || queue.kicked) return;
    if (delayMs <= 0) {
      queue.kicked = true;
      this.kicks += 1;
      queueMicrotask(() => {
        queue.kicked = false;
        this.kicks -= 1;
        this.track(this.pushNow(key, queue));
      });
      return;
    }
    queue.pushTimer = this.options.clock.schedule(this.options.clock.now() + delayMs, () => {
      queue.pushTimer = null;
      this.track(this.pushNow(key, queue));
    });
  }

  private track(push: Promise<void>): void {
    this.inFlight.add(push);
    void push.finally(() => this.inFlight.delete(push));
  }

  private async pushNow(key: string, queue: AgentQueue): Promise<void> {
    const target = queue.push;
    if (!target || this.queues.get(key) !== queue || queue.pushing || queue.events.length === 0) return;
    queue.pushing = true;
    const batch = queue.events.slice(0, target.legacy ? 1 : this.options.pushBatchMax);
    let delivered = false;
    try {
      delivered = await this.options.push(target, key, batch);
    } catch {
      delivered = false;
    }
    queue.pushing = false;
    if (this.queues.get(key) !== queue) return;
    if (delivered) {
      // Remove what was delivered by identity: while the POST was out, the queue may have been
      // cleared or have dropped its oldest events, and new ones were appended behind the batch.
      const sent = new Set(batch);
      while (queue.events.length > 0 && sent.has(queue.events[0]!)) queue.events.shift();
      queue.pushAttempt = 0;
      if (queue.closing && queue.events.length === 0) return this.drop(key, queue);
      if (queue.events.length > 0) this.schedulePush(key, queue, 0);
      return;
    }
    queue.pushAttempt += 1;
    const delay = Math.min(this.options.pushRetryDelayMsMax, this.options.pushRetryDelayMsBase * 2 ** Math.min(queue.pushAttempt - 1, 30));
    this.schedulePush(key, queue, delay);
  }
}
