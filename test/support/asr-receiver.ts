import http from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import type { TestApp } from './test-app.ts';
import { advance, type GatewayAgent } from './gateway-client.ts';

/** One §6.3.6 push as the receiver saw it, with the virtual time it arrived at. */
export interface ReceivedResult {
  path: string;
  token: string | undefined;
  contentType: string | undefined;
  body: Record<string, unknown>;
  atMs: number;
}

/**
 * A §6.3.6 recognition-result receiver (the CC-AI side) on 127.0.0.1: it records the pushes it
 * acknowledges and refuses (retcode 107-052, Table 6-427) those `refuse` picks.
 */
export class AsrReceiver {
  readonly received: ReceivedResult[] = [];
  /** Refuse this push? Called once per arriving push, refused ones included. */
  refuse: (body: Record<string, unknown>) => boolean = () => false;
  base = '';
  private readonly server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      const refused = this.refuse(body);
      if (!refused) this.received.push({ path: request.url ?? '', token: request.headers['service_token'] as string | undefined, contentType: request.headers['content-type'], body, atMs: this.app.clock.now() });
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(refused ? { message: 'busy', retcode: '107-052' } : { message: 'success', retcode: '0' }));
    });
  });

  constructor(private readonly app: TestApp) {}

  async start(): Promise<this> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/rest/cc-ai`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The recognised texts of one call, in arrival order. */
  contents(callId?: string): string[] {
    return this.received.filter((r) => callId === undefined || r.body.curcallid === callId).map((r) => (r.body.result as [{ content: string }])[0].content);
  }
}

export async function guidOf(app: TestApp, agentId: number, password = 'Demo@123'): Promise<string> {
  const res = await app.request({ method: 'POST', url: '/agentgateway/resource/config/login', body: { agentId, password } });
  expect(res.body.retcode, JSON.stringify(res.body)).toBe('0');
  return res.body.result.guid as string;
}

export const subscribeCall = (app: TestApp, guid: string, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown, headers: Record<string, string> = {}) =>
  app.request({ method, url: `/agentgateway/resource/config/subscribe/${path}`, body, headers: { guid, ...headers } });

export async function register(app: TestApp, guid: string, base: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await subscribeCall(app, guid, 'POST', 'register', { subscribeType: '1', serviceToken: 'token-1', serviceCallBackUri: base, nlpFlag: 'true', flowAccessCode: '801166010768953344', ...extra });
  expect(res.body, JSON.stringify(res.body)).toMatchObject({ message: 'success', retcode: '0', result: { serverId: expect.stringMatching(/^\d{14}-\d{3}-\d{5}$/) } });
  return res.body.result.serverId as string;
}

/** Advances in steps so that agent sessions (and, when given, subscriptions) stay alive, then lets the pushes land. */
export async function wait(app: TestApp, ms: number, agents: GatewayAgent[] = [], keepAlive?: { guid: string; serverId: string }): Promise<void> {
  for (let left = ms; left > 0; left -= 20_000) {
    await advance(app, Math.min(20_000, left));
    for (const agent of agents) await agent.call('POST', 'onlineagent/{id}/handshake');
    if (keepAlive) expect((await subscribeCall(app, keepAlive.guid, 'GET', `handshake/${keepAlive.serverId}`)).body.retcode).toBe('0');
  }
  await app.services.settle();
}

/** The simulated transcript of the recording of `callId` by `workNo` (what the pushes must carry). */
export async function transcriptOf(app: TestApp, callId: string, workNo = 101, vdnId = 1) {
  const recording = await app.services.store.db.selectFrom('recording').selectAll().where('callId', '=', callId).where('agentId', '=', String(workNo)).executeTakeFirstOrThrow();
  const transcript = app.services.cti.recordingFiles.transcript({ recordId: recording.recordId, vdnId, callId, fileName: recording.fileName, agentId: String(workNo), callerNumber: recording.callerNumber, calleeNo: recording.calleeNo, beginMs: Number(recording.beginMs), endMs: Number(recording.endMs) });
  return { recording, utterances: transcript.utterances };
}
