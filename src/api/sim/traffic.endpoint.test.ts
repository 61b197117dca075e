// Goal: the console's traffic generator places Poisson calls on the server's clock (so under a
// virtual clock only as time advances), repeatably, stops on request, and validates its input.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { advance } from '../../../test/support/gateway-client.ts';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

const spec = { called: '4001', callsPerMinute: 30, handleSeconds: 60, patienceSeconds: 20 };

async function liveCalls(): Promise<number> {
  let count = 0;
  for (const engine of await app.services.cti.registry.running()) count += [...engine.calls.values()].filter((call) => !call.ended).length;
  return count;
}

describe('/sim/v1/traffic', () => {
  it('places calls as the virtual clock advances, and stops', async () => {
    const started = await app.request({ method: 'POST', url: '/sim/v1/traffic', body: spec });
    expect(started.status).toBe(200);
    expect(started.body).toEqual({ running: true, spec, placed: 0, failed: 0, lastError: null });
    await advance(app, 10 * 60_000);
    const status = (await app.request({ method: 'GET', url: '/sim/v1/traffic' })).body;
    // 30 a minute for 10 minutes: about 300 arrivals (Poisson), all to a valid access code.
    expect(status.placed).toBeGreaterThan(200);
    expect(status.placed).toBeLessThan(400);
    expect(status.failed).toBe(0);
    const stopped = await app.request({ method: 'DELETE', url: '/sim/v1/traffic' });
    expect(stopped.body).toMatchObject({ running: false, spec: null, placed: status.placed });
    await advance(app, 10 * 60_000);
    expect((await app.request({ method: 'GET', url: '/sim/v1/traffic' })).body.placed).toBe(status.placed);
    // Callers ran out of patience (no agent answered): nothing is left on the line.
    expect(await liveCalls()).toBe(0);
  });

  it('gives the same arrivals for the same rates (seeded)', async () => {
    await app.request({ method: 'POST', url: '/sim/v1/traffic', body: spec });
    await advance(app, 5 * 60_000);
    const first = (await app.request({ method: 'GET', url: '/sim/v1/traffic' })).body.placed;
    const other = await createTestApp();
    try {
      await other.request({ method: 'POST', url: '/sim/v1/traffic', body: spec });
      await advance(other, 5 * 60_000);
      expect((await other.request({ method: 'GET', url: '/sim/v1/traffic' })).body.placed).toBe(first);
    } finally {
      await other.close();
    }
  });

  it('counts calls to a number no access code matches as failed', async () => {
    await app.request({ method: 'POST', url: '/sim/v1/traffic', body: { ...spec, called: '999999' } });
    await advance(app, 60_000);
    const status = (await app.request({ method: 'GET', url: '/sim/v1/traffic' })).body;
    expect(status.placed).toBe(0);
    expect(status.failed).toBeGreaterThan(0);
    expect(status.lastError).toBe('no access code matches 999999');
  });

  it('refuses a rate of zero, a missing access code and a non-numeric one', async () => {
    for (const body of [{ ...spec, callsPerMinute: 0 }, { ...spec, called: undefined }, { ...spec, called: '40a1' }]) {
      const res = await app.request({ method: 'POST', url: '/sim/v1/traffic', body });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect((await app.request({ method: 'GET', url: '/sim/v1/traffic' })).body.running).toBe(false);
  });
});
