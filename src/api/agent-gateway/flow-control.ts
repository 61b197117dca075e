import type { TSchema } from '@sinclair/typebox';
import { limits } from '../../app/limits.ts';
import type { Clock } from '../../domain/time/index.ts';
import type { EndpointDefinition } from '../../http/endpoint.ts';
import type { ApiServices } from '../services.ts';
import { agentContext } from './agent-context.ts';
import { queryFailure } from './gateway-errors.ts';

/**
 * Flow control of the agent gateway's query interfaces (CEC §6.1.3 NOTE, ref L12083–12094, again
 * in §6.5.6 ref L21802–21817): at most 15,000 queries every 2 seconds for the system and 5 every
 * 2 seconds per agent; beyond that the query is refused with 999-002 "Message query overload"
 * (note 02 §5.6). It covers /calldata/*, /queuedevice/*, /agentgroup/*, agentskills,
 * agentskillsbyworkno, agentstatus, syncagentinfo and updateGuid: each of those endpoints declares
 * it by wrapping its definition in `flowControlled(...)`. Decision 0601 records the choices.
 */
export interface FlowControlOptions {
  /** Off for load tests and local development (`--no-flow-control`). */
  enabled: boolean;
  windowMs: number;
  perAgentMax: number;
  overallMax: number;
}

export const defaultFlowControl: FlowControlOptions = {
  enabled: true,
  windowMs: limits.queryWindowMs,
  perAgentMax: limits.queriesPerAgentMax,
  overallMax: limits.queriesOverallMax,
};

/** Instants of admitted queries, oldest first, in a fixed ring: the sliding window's log. */
class WindowLog {
  private readonly times: Float64Array;
  private head = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    this.times = new Float64Array(Math.max(1, capacity));
  }

  /** Forgets queries that left the window: a query at `t` counts until `t + windowMs` (excluded). */
  slide(nowMs: number, windowMs: number): number {
    while (this.count > 0 && this.times[this.head]! <= nowMs - windowMs) {
      this.head = (this.head + 1) % this.times.length;
      this.count -= 1;
    }
    return this.count;
  }

  full(): boolean {
    return this.count >= this.capacity;
  }

  record(nowMs: number): void {
    this.times[(this.head + this.count) % this.times.length] = nowMs;
    this.count += 1;
  }
}

/**
 * A sliding two-second window per agent and one for the whole server, on the server's Clock. Only
 * admitted queries count: a refused query does not lengthen the agent's wait, so a client that
 * retries after the window has slid gets through (decision 0601).
 */
export class QueryFlowControl {
  private readonly overall: WindowLog;
  private readonly perAgent = new Map<number, WindowLog>();

  constructor(
    private readonly clock: Clock,
    readonly options: FlowControlOptions,
  ) {
    this.overall = new WindowLog(options.overallMax);
  }

  /** Counts a query of agent `workNo` and says whether it may run. */
  admit(workNo: number): boolean {
    if (!this.options.enabled) return true;
    const now = this.clock.now();
    const { windowMs } = this.options;
    this.overall.slide(now, windowMs);
    let agent = this.perAgent.get(workNo);
    if (agent) agent.slide(now, windowMs);
    if (this.overall.full() || agent?.full()) return false;
    if (!agent) this.perAgent.set(workNo, (agent = new WindowLog(this.options.perAgentMax)));
    agent.record(now);
    this.overall.record(now);
    this.forgetIdleAgents(now);
    return true;
  }

  /**
   * Bounds memory: the per-agent logs are swept once there are more of them than a full window of
   * queries can keep busy, dropping those with nothing left in the window.
   */
  private forgetIdleAgents(nowMs: number): void {
    if (this.perAgent.size <= this.options.overallMax) return;
    for (const [workNo, log] of this.perAgent) if (log.slide(nowMs, this.options.windowMs) === 0) this.perAgent.delete(workNo);
  }
}

/** One flow control per server (per composed ApiServices), made on first use unless configured. */
const instances = new WeakMap<ApiServices, QueryFlowControl>();

/**
 * Sets the server's flow control; the composition root calls it once, e.g. with
 * `{ enabled: !config.noFlowControl }` for the `--no-flow-control` option. Tests call it too.
 */
export function configureFlowControl(services: ApiServices, options: Partial<FlowControlOptions> = {}): QueryFlowControl {
  const control = new QueryFlowControl(services.clock, { ...defaultFlowControl, ...options });
  instances.set(services, control);
  return control;
}

export function flowControlOf(services: ApiServices): QueryFlowControl {
  return instances.get(services) ?? configureFlowControl(services);
}

/**
 * Declares that an endpoint is a flow-controlled query: its handler runs only when the agent of
 * `{agentid}` and the server are within their windows, else the reply is 999-002. The check runs
 * after the C4 guard (a request without a valid session never counts) and before the handler.
 * 999-002 joins the endpoint's documented codes after the session codes (note 02 §6.3 item 5).
 */
export function flowControlled<B extends TSchema, Q extends TSchema, P extends TSchema>(
  endpoint: EndpointDefinition<ApiServices, B, Q, P>,
): EndpointDefinition<ApiServices, B, Q, P> {
  return {
    ...endpoint,
    errors: withOverloadCode(endpoint.errors ?? []),
    handler(ctx) {
      if (!flowControlOf(ctx.services).admit(agentContext(ctx.request).workNo)) throw queryFailure('999-002');
      return endpoint.handler(ctx);
    },
  };
}

const sessionCodes = new Set(['000-002', '000-003', '100-006']);

function withOverloadCode(errors: readonly string[]): string[] {
  if (errors.includes('999-002')) return [...errors];
  let at = 0;
  while (at < errors.length && sessionCodes.has(errors[at]!)) at++;
  return [...errors.slice(0, at), '999-002', ...errors.slice(at)];
}
