import type { Clock, TimerId } from '../domain/time/index.ts';
import type { CallbackDeliveryRepository, CallbackDeliveryRow } from '../store/index.ts';

export interface CallbackRequest {
  vdnId: number;
  /** What the callback reports (e.g. "voice-file-review"), for logs and queries. */
  kind: string;
  url: string;
  body: unknown;
  maxAttempts: number;
  /** A fixed delay between attempts instead of the backoff (e.g. §7.6.1's 10 minutes). */
  retryDelayMs?: number;
  /**
   * Callbacks with the same key are sent in the order they were enqueued, one at a time: while one
   * is being retried the later ones wait (until it is delivered or gives up). Others go on.
   */
  orderKey?: string;
}

/** Sends one callback; resolves to whether the receiver acknowledged it. */
export type CallbackTransport = (delivery: CallbackDeliveryRow) => Promise<{ acknowledged: boolean; error?: string }>;

export interface CallbackOutboxOptions {
  repository: CallbackDeliveryRepository;
  clock: Clock;
  nextId: () => string;
  transport: CallbackTransport;
  /** Delay before the second attempt; doubles for each further attempt up to `retryDelayMsMax`. */
  retryDelayMsBase: number;
  retryDelayMsMax: number;
  /** How many due deliveries one pump sends (each pump re-arms for the rest). */
  batchSize: number;
  /**
   * How long a claimed attempt keeps its row from other outboxes on the store (longer than the
   * transport's timeout): if this node dies mid-attempt, the delivery is due again after it.
   */
  claimMs: number;
  onError?: (error: unknown) => void;
}

/**
 * A durable outbox for callbacks to customer systems (review results of 5.4.4/5.4.5, later push
 * events and task results). A callback is written to the store before anything is sent, so a
 * crash or restart never loses it; `start` re-arms whatever was pending. Attempts follow the
 * Clock, so retries are exact under virtual time.
 */
export class CallbackOutbox {
  private timer: TimerId | undefined;
  private timerAtMs = Number.POSITIVE_INFINITY;
  private pumping: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly options: CallbackOutboxOptions) {}

  async enqueue(request: CallbackRequest): Promise<string> {
    const id = this.options.nextId();
    const now = this.options.clock.now();
    await this.options.repository.insert({
      id,
      vdnId: request.vdnId,
      kind: request.kind,
      url: request.url,
      body: JSON.stringify(request.body),
      attempts: 0,
      maxAttempts: request.maxAttempts,
      nextAttemptAtMs: now,
      status: 'pending',
      lastError: null,
      createdAtMs: now,
      retryDelayMs: request.retryDelayMs ?? null,
      orderKey: request.orderKey ?? null,
    });
    this.arm(now);
    return id;
  }

  /** Re-arms the pump for deliveries left pending by an earlier run. */
  async start(): Promise<void> {
    this.stopped = false;
    const due = await this.options.repository.nextDueAtMs();
    if (due !== undefined) this.arm(due);
  }

  /** Stops arming new attempts and waits for the attempt in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) this.options.clock.cancel(this.timer);
    this.timer = undefined;
    await this.pumping;
  }

  /** Waits until the pump in flight, if any, has finished (for tests). */
  async settled(): Promise<void> {
    while (this.pumping) await this.pumping;
  }

  private arm(atMs: number): void {
    if (this.stopped) return;
    if (atMs <= this.options.clock.now()) {
      // Due now: start on the next turn rather than waiting for a (virtual) clock to move.
      void Promise.resolve().then(() => this.pump());
      return;
    }
    if (atMs >= this.timerAtMs) return;
    if (this.timer !== undefined) this.options.clock.cancel(this.timer);
    this.timerAtMs = atMs;
    this.timer = this.options.clock.schedule(atMs, () => {
      this.timer = undefined;
      this.timerAtMs = Number.POSITIVE_INFINITY;
      this.pump();
    });
  }

  private pump(): void {
    if (this.pumping) {
      // A pump is running; run again right after it, since new work may have come due.
      void this.pumping.then(() => this.arm(this.options.clock.now()));
      return;
    }
    this.pumping = this.sendDue()
      .catch((error) => this.options.onError?.(error))
      .finally(() => {
        this.pumping = undefined;
      });
  }

  /**
   * Sends until nothing more is due now: the next delivery of an order, due as soon as the one
   * before it is acknowledged, goes in the same pump (so `settled` also waits for it).
   */
  private async sendDue(): Promise<void> {
    const { repository, clock, batchSize } = this.options;
    for (;;) {
      const due = await repository.listDue(clock.now(), batchSize);
      for (const delivery of due) {
        if (this.stopped) return;
        await this.attempt(delivery);
      }
      const next = await repository.nextDueAtMs();
      if (next === undefined) return;
      if (due.length === 0 || next > clock.now()) return this.arm(next);
    }
  }

  private async attempt(delivery: CallbackDeliveryRow): Promise<void> {
    const { repository, clock, transport, claimMs } = this.options;
    // Another node's outbox may have read the same due row around a handover of lease 0: only the
    // one whose conditional update lands sends it.
    if (!(await repository.claim(delivery, clock.now() + claimMs))) return;
    let outcome: { acknowledged: boolean; error?: string };
    try {
      outcome = await transport(delivery);
    } catch (error) {
      outcome = { acknowledged: false, error: error instanceof Error ? error.message : String(error) };
    }
    const attempts = delivery.attempts + 1;
    if (outcome.acknowledged) {
      await repository.update(delivery.id, { attempts, status: 'delivered', lastError: null });
      return;
    }
    const exhausted = attempts >= delivery.maxAttempts;
    await repository.update(delivery.id, {
      attempts,
      status: exhausted ? 'failed' : 'pending',
      lastError: outcome.error ?? 'not acknowledged',
      nextAttemptAtMs: exhausted ? delivery.nextAttemptAtMs : clock.now() + (delivery.retryDelayMs ?? this.retryDelayMs(attempts)),
    });
  }

  private retryDelayMs(attemptsSoFar: number): number {
    const { retryDelayMsBase, retryDelayMsMax } = this.options;
    return Math.min(retryDelayMsMax, retryDelayMsBase * 2 ** (attemptsSoFar - 1));
  }
}
