// Goal: /metrics is valid Prometheus text (parsed by a Prometheus text parser) with the families the
// operations page promises, its gauges follow live state (a queued call shows as waiting), and
// /health and /ready answer.
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../test/support/gateway-client.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app.close();
});

interface Family {
  name: string;
  type: string;
  metrics: Array<{ labels?: Record<string, string>; value?: string; buckets?: Record<string, string>; count?: string }>;
}

async function scrape(): Promise<Map<string, Family> & { text: string }> {
  const res = await app.http.inject({ method: 'GET', url: '/metrics' });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  const families = parsePrometheusTextFormat(res.body) as Family[];
  return Object.assign(new Map(families.map((family) => [family.name, family])), { text: res.body });
}

describe('GET /metrics', () => {
  it('exposes HTTP latency by route, event queues, calls by state, ACD waits, outbox backlog and store latency', async () => {
    await app.http.inject({ method: 'GET', url: '/health' });
    const families = await scrape();
    for (const name of ['opencec_http_request_duration_seconds', 'opencec_store_query_duration_seconds']) expect(families.get(name)?.type, name).toBe('HISTOGRAM');
    // The parser folds a labelled histogram into one sample, so the per-route count is read from its line.
    expect(families.text).toContain('opencec_http_request_duration_seconds_count{method="GET",route="/health",status_code="200"} 1');
    expect(families.get('opencec_callback_outbox_backlog')?.metrics).toEqual([{ labels: { status: 'pending' }, value: '0' }]);
    for (const name of ['opencec_agent_event_queue_depth', 'opencec_calls', 'opencec_acd_waiting_calls', 'opencec_acd_longest_wait_seconds']) expect(families.get(name)?.type, name).toBe('GAUGE');
  });

  it('follows live state: a signed-in agent, its queued events, a call waiting in a skill queue', async () => {
    const agent = await GatewayAgent.signIn(app, 103);
    await agent.call('POST', 'onlineagent/{id}/saybusy');
    await dial(app);
    await advance(app, 5_000);
    const families = await scrape();
    const vdn = String((await app.services.cti.registry.running())[0]!.vdnId);
    expect(families.get('opencec_agents_signed_in')!.metrics).toContainEqual({ labels: { vdn }, value: '1' });
    expect(Number(families.get('opencec_agent_event_queue_depth')!.metrics[0]!.value)).toBeGreaterThan(0);
    expect(families.get('opencec_calls')!.metrics).toContainEqual({ labels: { vdn, state: 'queued' }, value: '1' });
    const waiting = families.get('opencec_acd_waiting_calls')!.metrics;
    expect(waiting).toHaveLength(1);
    expect(waiting[0]!.value).toBe('1');
    expect(Number(families.get('opencec_acd_longest_wait_seconds')!.metrics[0]!.value)).toBeGreaterThanOrEqual(5);
  });

  it('observes each ended ACD wait: answered after 7 s, abandoned after 5 s and 3 s', async () => {
    // The call of the test above still waits (5 s), and would be answered first: its caller leaves now.
    for (const engine of await app.services.cti.registry.running()) {
      for (const callId of [...engine.calls.keys()]) await app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/hangup` });
    }
    const agent = await GatewayAgent.signIn(app, 104);
    await agent.call('POST', 'onlineagent/{id}/saybusy');
    const answered = await dial(app, '4001', { caller: '13800000007' });
    await advance(app, 7_000);
    await agent.call('POST', 'onlineagent/{id}/sayfree');
    await advance(app, 1_000);
    const live = (await app.services.cti.registry.running())[0]!.calls.get(answered);
    expect(live?.agents.size).toBe(1);
    await agent.call('POST', 'onlineagent/{id}/saybusy');
    const abandoned = await dial(app, '4001', { caller: '13800000008' });
    await advance(app, 3_000);
    await app.request({ method: 'POST', url: `/sim/v1/calls/${abandoned}/hangup` });
    const { text } = await scrape();
    const vdn = String((await app.services.cti.registry.running())[0]!.vdnId);
    expect(text).toContain(`opencec_acd_wait_seconds_bucket{le="2",vdn="${vdn}",outcome="abandoned"} 0`);
    expect(text).toContain(`opencec_acd_wait_seconds_bucket{le="5",vdn="${vdn}",outcome="abandoned"} 2`);
    expect(text).toContain(`opencec_acd_wait_seconds_sum{vdn="${vdn}",outcome="abandoned"} 8`);
    expect(text).toContain(`opencec_acd_wait_seconds_bucket{le="5",vdn="${vdn}",outcome="answered"} 0`);
    expect(text).toContain(`opencec_acd_wait_seconds_bucket{le="10",vdn="${vdn}",outcome="answered"} 1`);
  });
});

describe('GET /health and GET /ready', () => {
  it('answers alive and ready while the store answers', async () => {
    expect(JSON.parse((await app.http.inject({ method: 'GET', url: '/health' })).body)).toEqual({ status: 'ok' });
    const ready = await app.http.inject({ method: 'GET', url: '/ready' });
    expect(ready.statusCode).toBe(200);
    expect(JSON.parse(ready.body)).toEqual({ status: 'ready', store: 'ok' });
  });
});
