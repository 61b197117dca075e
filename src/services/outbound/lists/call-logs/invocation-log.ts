import type { FastifyBaseLogger } from 'fastify';
import type { SnowflakeIds } from '../../../../domain/ids/index.ts';
import type { Clock } from '../../../../domain/time/index.ts';
import type { IsalesOpenapiLogTable, Repositories } from '../../../../store/index.ts';
import { longListId } from '../list-ids.ts';

/** One invocation of a chapter 7 interface, as 7.10 reports it (Table 7-354); id and time are the log's. */
export type Invocation = Omit<IsalesOpenapiLogTable, 'id' | 'operTimeMs'>;

/** How long invocations are kept: 7.10 queries at most 7 days at a time; 30 days are kept (decision 0735). */
export const invocationRetentionMs = 30 * 86_400_000;
const trimEveryMs = 3_600_000;
const rowsPerInsert = 200;

export interface InvocationLogDeps {
  readonly repos: Repositories;
  readonly clock: Clock;
  readonly ids: SnowflakeIds;
  readonly background: { track<T>(work: Promise<T>): Promise<T> };
  readonly log: FastifyBaseLogger;
}

/**
 * The 7.10 log writer. A request never waits for its log row: invocations queue in memory and are
 * written in batches, one insert for all that arrived while the previous batch was written (group
 * commit), so the cost per request is a push onto an array. Rows older than the retention are
 * trimmed at most once an hour.
 */
export class InvocationLog {
  private pending: Array<IsalesOpenapiLogTable> = [];
  private writing = false;
  private lastTrimMs = Number.NEGATIVE_INFINITY;

  constructor(private readonly deps: InvocationLogDeps) {}

  record(invocation: Invocation): void {
    const now = this.deps.clock.now();
    this.pending.push({ id: longListId(now, this.deps.ids), operTimeMs: now, ...invocation });
    if (!this.writing) this.startDrain();
  }

  private startDrain(): void {
    this.writing = true;
    void this.deps.background.track(this.drain());
  }

  private async drain(): Promise<void> {
    try {
      // Yield once so that invocations answered in the same turn share the batch.
      await Promise.resolve();
      while (this.pending.length > 0) {
        const batch = this.pending;
        this.pending = [];
        for (let i = 0; i < batch.length; i += rowsPerInsert) await this.deps.repos.isalesOpenapiLog.insertMany(batch.slice(i, i + rowsPerInsert));
      }
      const now = this.deps.clock.now();
      if (now - this.lastTrimMs >= trimEveryMs) {
        this.lastTrimMs = now;
        await this.deps.repos.isalesOpenapiLog.deleteBefore(now - invocationRetentionMs);
      }
    } catch (error) {
      this.deps.log.error({ err: error }, 'writing the iSales invocation log failed');
    } finally {
      this.writing = false;
      if (this.pending.length > 0) this.startDrain();
    }
  }
}
