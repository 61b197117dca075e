// Goal: the staffing calculator answers with the Erlang formulas. Method: the published vector.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('GET /sim/v1/erlang', () => {
  it('answers the Erlang C prediction and the agents needed for a goal', async () => {
    const res = await app.request({ method: 'GET', url: '/sim/v1/erlang?callsPerHour=200&aht=180&agents=14&target=20&serviceLevelGoal=0.8' });
    expect(res.status).toBe(200);
    expect(res.body.model).toBe('Erlang C');
    expect(res.body.pWait).toBeCloseTo(0.1741, 4);
    expect(res.body.serviceLevel).toBeCloseTo(0.888, 3);
    expect(res.body.occupancy).toBeCloseTo(0.714, 3);
    // 13 agents reach 79 %, 14 reach 88.8 %.
    expect(res.body.agentsForGoal).toBe(14);
  });

  it('uses Erlang A with a patience, and reports unstable Erlang C queues', async () => {
    const a = await app.request({ method: 'GET', url: '/sim/v1/erlang?callsPerHour=300&aht=180&agents=14&patience=60' });
    expect(a.body).toMatchObject({ model: 'Erlang A', stable: true });
    expect(a.body.pAbandon).toBeGreaterThan(0);
    const c = await app.request({ method: 'GET', url: '/sim/v1/erlang?callsPerHour=300&aht=180&agents=14' });
    expect(c.body).toMatchObject({ model: 'Erlang C', stable: false, asa: null });
  });

  it('refuses missing or invalid inputs with 400', async () => {
    expect((await app.request({ method: 'GET', url: '/sim/v1/erlang?callsPerHour=200&aht=180' })).status).toBe(400);
    expect((await app.request({ method: 'GET', url: '/sim/v1/erlang?callsPerHour=200&aht=0&agents=3' })).status).toBe(400);
  });
});
