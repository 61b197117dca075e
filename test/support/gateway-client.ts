import { expect } from 'vitest';
import type { TestApp, TestResponse } from './test-app.ts';

/**
 * A small agent-desktop client for tests: signs an agent in through the gateway, keeps its GUID
 * (following Set-GUID rotations), calls interfaces and drains its events by polling.
 */
export class GatewayAgent {
  guid = '';

  constructor(
    readonly app: TestApp,
    readonly workNo: number,
  ) {}

  static async signIn(app: TestApp, workNo: number, body: Record<string, unknown> = {}): Promise<GatewayAgent> {
    const agent = new GatewayAgent(app, workNo);
    const res = await agent.signIn(body);
    expect(res.body?.retcode, JSON.stringify(res.body)).toBe('0');
    return agent;
  }

  async signIn(body: Record<string, unknown> = {}, path = ''): Promise<TestResponse> {
    const res = await this.app.request({
      method: 'PUT',
      url: `/agentgateway/resource/onlineagent/${this.workNo}${path}`,
      body: { password: 'Demo@123', phonenum: `70${this.workNo}`, ...body },
    });
    if (res.body?.retcode === '0') this.guid = String(res.headers.guid);
    return res;
  }

  async call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<TestResponse> {
    const res = await this.app.request({ method, url: `/agentgateway/resource/${path.replace('{id}', String(this.workNo))}`, body, headers: { guid: this.guid } });
    const rotated = res.headers['set-guid'];
    if (typeof rotated === 'string' && rotated.startsWith('JSESSIONID=')) this.guid = rotated.slice('JSESSIONID='.length);
    return res;
  }

  /** One poll; only call it when an event is queued or the clock will move. */
  poll(): Promise<TestResponse> {
    return this.call('GET', 'agentevent/{id}');
  }

  /**
   * Starts a poll and resolves once the server holds it (no event queued). The pending reply is
   * wrapped: a promise returned from an async function would be awaited with it.
   */
  async heldPoll(): Promise<{ reply: Promise<TestResponse> }> {
    const reply = this.poll();
    for (let i = 0; i < 1000 && !this.app.services.cti.hub.holding(this.workNo); i++) await new Promise((r) => setImmediate(r));
    return { reply };
  }

  /** Polls every queued event (never waits for new ones) and returns [eventType, content] pairs. */
  async events(): Promise<Array<[string, unknown]>> {
    const out: Array<[string, unknown]> = [];
    await this.app.services.cti.records.flushed();
    while (this.app.services.cti.hub.size(this.workNo) > 0) {
      const res = await this.poll();
      expect(res.body.retcode).toBe('0');
      out.push([res.body.event.eventType, res.body.event.content]);
    }
    return out;
  }

  async eventTypes(): Promise<string[]> {
    return (await this.events()).map(([type]) => type);
  }
}

/** A customer dials through the simulator's driver API; returns the call id. */
export async function dial(app: TestApp, called = '4001', extra: Record<string, unknown> = {}): Promise<string> {
  const res = await app.request({ method: 'POST', url: '/sim/v1/calls', body: { caller: '13800000001', called, ...extra } });
  expect(res.status, res.text).toBe(200);
  return res.body.callId as string;
}

export async function advance(app: TestApp, ms: number): Promise<void> {
  app.clock.advance(ms);
  await app.services.settle();
}
