import { describe, expect, it } from 'vitest';
import { Histogram, Registry } from 'prom-client';
import { RequestDurationHistogram } from './request-duration-histogram.ts';

const buckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15, 35];
const name = 'opencec_http_request_duration_seconds';
const help = 'HTTP request latency by route template, method and status code';
// Values on a bound, between bounds, above the last one, and three series.
const observations: [string, string, number, number][] = [
  ['GET', '/agentgateway/resource/onlineagent/:agentid/agentstatus', 200, 0.0004],
  ['GET', '/agentgateway/resource/onlineagent/:agentid/agentstatus', 200, 0.001],
  ['GET', '/agentgateway/resource/onlineagent/:agentid/agentstatus', 200, 0.3],
  ['POST', '/rest/cmsapp/v1/openapi/vdn/querySkills', 200, 40],
  ['GET', 'unmatched', 404, 0.002],
];

function registries(node?: string) {
  const reference = new Registry();
  const ours = new Registry();
  if (node) for (const registry of [reference, ours]) registry.setDefaultLabels({ node });
  const histogram = new Histogram({ name, help, labelNames: ['method', 'route', 'status_code'], buckets, registers: [reference] });
  const fast = new RequestDurationHistogram(name, help, buckets, ours);
  for (const [method, route, status, seconds] of observations) {
    histogram.observe({ method, route, status_code: String(status) }, seconds);
    fast.observe(method, route, status, seconds);
  }
  return { reference, ours, fast };
}

describe('RequestDurationHistogram', () => {
  it("scrapes exactly as prom-client's Histogram does, with and without default labels", async () => {
    for (const node of [undefined, '2']) {
      const { reference, ours } = registries(node);
      const text = await ours.metrics();
      expect(text).toContain(`method="GET",route="/agentgateway/resource/onlineagent/:agentid/agentstatus",status_code="200"} 3\n`);
      expect(text).toBe(await reference.metrics());
      expect(await ours.getMetricsAsJSON()).toEqual(await reference.getMetricsAsJSON());
    }
  });

  it('forgets its series on reset', async () => {
    const { ours, fast } = registries();
    fast.reset();
    expect(await ours.metrics()).toBe(`# HELP ${name} ${help}\n# TYPE ${name} histogram\n`);
  });
});
