import type { Clock, Rng, TimerId } from '../domain/time/index.ts';
import { exponential } from './distribution.ts';

/** What the console's traffic generator offers: Poisson arrivals to one access code. */
export interface LiveTrafficSpec {
  readonly called: string;
  readonly callsPerMinute: number;
  /** Mean talk time once answered (exponential), seconds. */
  readonly handleSeconds: number;
  /** Mean time a caller waits before hanging up (exponential), seconds. */
  readonly patienceSeconds: number;
}

export interface LiveTrafficCall {
  readonly caller: string;
  readonly called: string;
  readonly talkSeconds: number;
  readonly patienceSeconds: number;
}

export interface LiveTrafficStatus {
  readonly running: boolean;
  readonly spec: LiveTrafficSpec | null;
  readonly placed: number;
  readonly failed: number;
  readonly lastError: string | null;
}

/**
 * A traffic generator against a running server (decision 1603): arrivals are scheduled on the
 * server's Clock, so under a virtual clock they come as time is advanced, and inter-arrival, talk
 * and patience times are drawn from a seeded Rng, so a run is repeatable. Callers are numbered
 * 13900000000 upwards.
 */
export class LiveTraffic {
  private spec: LiveTrafficSpec | null = null;
  private timer: TimerId | null = null;
  private placed = 0;
  private failed = 0;
  private lastError: string | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly rng: Rng,
    private readonly place: (call: LiveTrafficCall) => Promise<string | null>,
  ) {}

  start(spec: LiveTrafficSpec): LiveTrafficStatus {
    this.stop();
    this.spec = spec;
    this.scheduleNext();
    return this.status();
  }

  stop(): LiveTrafficStatus {
    if (this.timer !== null) this.clock.cancel(this.timer);
    this.timer = null;
    this.spec = null;
    return this.status();
  }

  status(): LiveTrafficStatus {
    return { running: this.spec !== null, spec: this.spec, placed: this.placed, failed: this.failed, lastError: this.lastError };
  }

  private scheduleNext(): void {
    const spec = this.spec;
    if (!spec) return;
    const gapMs = Math.max(1, Math.round(exponential(this.rng, 60 / spec.callsPerMinute) * 1000));
    this.timer = this.clock.schedule(this.clock.now() + gapMs, () => {
      this.timer = null;
      if (this.spec !== spec) return;
      const call: LiveTrafficCall = {
        caller: String(13_900_000_000 + ((this.placed + this.failed) % 100_000_000)),
        called: spec.called,
        talkSeconds: Math.round(exponential(this.rng, spec.handleSeconds) * 10) / 10,
        patienceSeconds: Math.round(exponential(this.rng, spec.patienceSeconds) * 10) / 10,
      };
      void this.place(call).then((failure) => {
        if (failure === null) this.placed += 1;
        else {
          this.failed += 1;
          this.lastError = failure;
        }
      });
      this.scheduleNext();
    });
  }
}
