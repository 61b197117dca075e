import type { RestWaitCause } from '../../domain/agent/index.ts';

/** A rest an agent asked for (6.1.1.12) that waits for a quota or an approval (decision 0850). */
export interface RestApplication {
  seconds: number;
  cause: number;
  sinceMs: number;
  /** Why it waits now (Table 12-336), re-decided whenever rests end or skills change. */
  waitCause: RestWaitCause;
  /** The skill queues whose quota is full (cause 4). */
  skillIds: readonly number[];
}
