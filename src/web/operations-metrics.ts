import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { ApiServices } from '../api/services.ts';
import type { TenantEngine } from '../engine/index.ts';

/**
 * The Prometheus metrics of `GET /metrics` (decision 1601). Each app has its own registry (tests
 * build many apps in one process). HTTP latency is observed per request; the gauges of live state
 * (event queues, calls, ACD waits, callback outbox) are read when scraped, and the store latency
 * is the duration of the scrape's own store queries.
 */
export class OperationsMetrics {
  readonly registry = new Registry();
  private readonly httpDuration = new Histogram({
    name: 'opencec_http_request_duration_seconds',
    help: 'HTTP request latency by route template, method and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15, 35],
    registers: [this.registry],
  });
  private readonly eventQueueDepth = gauge(this, 'opencec_agent_event_queue_depth', 'Agent events waiting to be polled, per tenant', ['vdn']);
  private readonly eventQueueDepthMax = gauge(this, 'opencec_agent_event_queue_depth_max', 'The longest agent event queue, per tenant', ['vdn']);
  private readonly eventsDropped = gauge(this, 'opencec_agent_events_dropped', 'Agent events dropped because a reader fell behind, per tenant (signed-in agents)', ['vdn']);
  private readonly calls = gauge(this, 'opencec_calls', 'Live calls by state, per tenant', ['vdn', 'state']);
  private readonly signedIn = gauge(this, 'opencec_agents_signed_in', 'Signed-in agents, per tenant', ['vdn']);
  private readonly acdWaiting = gauge(this, 'opencec_acd_waiting_calls', 'Calls waiting in a skill queue', ['vdn', 'skill']);
  private readonly acdLongestWait = gauge(this, 'opencec_acd_longest_wait_seconds', 'How long the oldest call of a skill queue has waited', ['vdn', 'skill']);
  private readonly outboxBacklog = gauge(this, 'opencec_callback_outbox_backlog', 'Callback deliveries not delivered yet, by status', ['status']);
  private readonly storeDuration = new Histogram({
    name: 'opencec_store_query_duration_seconds',
    help: 'Duration of store queries (the scrape probes the store with its own queries)',
    labelNames: ['query'] as const,
    buckets: [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [this.registry],
  });
  private readonly acdWait = new Histogram({
    name: 'opencec_acd_wait_seconds',
    help: 'How long calls waited in a skill queue, by how the wait ended (answered by an agent, or abandoned)',
    labelNames: ['vdn', 'outcome'] as const,
    buckets: [1, 2, 5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 300, 600],
    registers: [this.registry],
  });
  /** Calls waiting now: when they entered their first queue (server clock), by call id. */
  private readonly queuedAtMs = new Map<string, { vdn: string; atMs: number }>();
  private readonly scrapes = new Counter({ name: 'opencec_metrics_scrapes_total', help: 'Scrapes of /metrics', registers: [this.registry] });

  /**
   * `node`: the cluster node id, set as a `node` label on every sample so that a Prometheus that
   * scrapes each node tells their series apart (decision 1732); a single node has no such label.
   */
  constructor(
    private readonly services: ApiServices,
    node?: number,
  ) {
    if (node !== undefined) this.registry.setDefaultLabels({ node: String(node) });
    collectDefaultMetrics({ register: this.registry, prefix: 'opencec_process_' });
    services.cti.factTaps.add((kind, data) => this.onFact(kind, data));
  }

  /** ACD waits from the engine's facts: a wait starts when a call is first queued and ends when an agent connects or the caller leaves. */
  private onFact(kind: string, data: Record<string, unknown>): void {
    const callId = typeof data.callId === 'string' ? data.callId : undefined;
    if (!callId) return;
    if (kind === 'queued') {
      if (!this.queuedAtMs.has(callId)) this.queuedAtMs.set(callId, { vdn: String(data.vdnId), atMs: this.services.clock.now() });
      return;
    }
    const outcome = kind === 'connected' ? 'answered' : kind === 'abandoned' || kind === 'callEnded' ? 'abandoned' : undefined;
    const waiting = outcome ? this.queuedAtMs.get(callId) : undefined;
    if (!outcome || !waiting) return;
    this.queuedAtMs.delete(callId);
    this.acdWait.observe({ vdn: waiting.vdn, outcome }, Math.max(0, this.services.clock.now() - waiting.atMs) / 1000);
  }

  /** Observes every reply's latency under its route template (unmatched URLs share one label). */
  observe(http: FastifyInstance): void {
    http.addHook('onResponse', (request, reply, done) => {
      const route = request.routeOptions?.url ?? 'unmatched';
      this.httpDuration.observe({ method: request.method, route: request.is404 ? 'unmatched' : route, status_code: String(reply.statusCode) }, reply.elapsedTime / 1000);
      done();
    });
  }

  async scrape(): Promise<string> {
    this.scrapes.inc();
    for (const metric of [this.eventQueueDepth, this.eventQueueDepthMax, this.eventsDropped, this.calls, this.signedIn, this.acdWaiting, this.acdLongestWait, this.outboxBacklog]) metric.reset();
    for (const engine of await this.services.cti.registry.running()) this.readEngine(engine);
    await this.readOutbox();
    return this.registry.metrics();
  }

  private readEngine(engine: TenantEngine): void {
    const vdn = String(engine.vdnId);
    const hub = this.services.cti.hub;
    let depth = 0;
    let depthMax = 0;
    let dropped = 0;
    for (const workNo of engine.agents.keys()) {
      const size = hub.size(workNo);
      depth += size;
      depthMax = Math.max(depthMax, size);
      dropped += hub.droppedCount(workNo);
    }
    this.eventQueueDepth.set({ vdn }, depth);
    this.eventQueueDepthMax.set({ vdn }, depthMax);
    this.eventsDropped.set({ vdn }, dropped);
    this.signedIn.set({ vdn }, engine.agents.size);
    const byState = new Map<string, number>();
    const oldestBySkill = new Map<number, { count: number; oldestMs: number }>();
    const now = engine.clock.now();
    for (const call of engine.calls.values()) {
      if (call.ended) continue;
      const state = callState(call);
      byState.set(state, (byState.get(state) ?? 0) + 1);
      if (call.queue) {
        const entry = oldestBySkill.get(call.queue.skillId) ?? { count: 0, oldestMs: call.queue.sinceMs };
        entry.count += 1;
        entry.oldestMs = Math.min(entry.oldestMs, call.queueSinceMs ?? call.queue.sinceMs);
        oldestBySkill.set(call.queue.skillId, entry);
      }
    }
    for (const [state, count] of byState) this.calls.set({ vdn, state }, count);
    for (const [skill, { count, oldestMs }] of oldestBySkill) {
      this.acdWaiting.set({ vdn, skill: String(skill) }, count);
      this.acdLongestWait.set({ vdn, skill: String(skill) }, Math.max(0, now - oldestMs) / 1000);
    }
  }

  private async readOutbox(): Promise<void> {
    const started = process.hrtime.bigint();
    const rows = await this.services.store.db
      .selectFrom('callbackDelivery')
      .select(['status', sql<number>`count(*)`.as('count')])
      .where('status', '=', 'pending')
      .groupBy('status')
      .execute();
    this.storeDuration.observe({ query: 'callback_outbox_backlog' }, Number(process.hrtime.bigint() - started) / 1e9);
    this.outboxBacklog.set({ status: 'pending' }, 0);
    for (const row of rows) this.outboxBacklog.set({ status: row.status }, Number(row.count));
  }

  /** The readiness probe: one trivial store round trip, timed like the others. */
  async storeAnswers(): Promise<boolean> {
    const started = process.hrtime.bigint();
    try {
      await sql`select 1`.execute(this.services.store.db);
      return true;
    } catch {
      return false;
    } finally {
      this.storeDuration.observe({ query: 'ready_probe' }, Number(process.hrtime.bigint() - started) / 1e9);
    }
  }
}

function gauge<L extends string>(owner: OperationsMetrics, name: string, help: string, labelNames: readonly L[]): Gauge<L> {
  return new Gauge({ name, help, labelNames, registers: [owner.registry] });
}

/** A call's phase for the calls-by-state gauge: in the IVR, queued, with agents, or being routed. */
function callState(call: TenantEngine['calls'] extends Map<string, infer C> ? C : never): string {
  if (call.ivr) return 'ivr';
  if (call.queue) return 'queued';
  if (call.agents.size > 0) return 'connected';
  return 'routing';
}
