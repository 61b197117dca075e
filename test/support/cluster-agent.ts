import { authorizationHeader } from '../../src/auth/signature-v2.ts';
import type { ClusterNodeProcess } from './cluster.ts';

export interface AgentReply {
  status: number;
  body: { retcode?: string; message?: string; result?: unknown; event?: { eventType: string; workNo: string; content: unknown } | null };
}

/**
 * An agent desktop over real HTTP for the cluster tests: it may send each request to any node
 * (as behind a load balancer), keeps its GUID and follows Set-GUID rotations.
 */
export class HttpAgent {
  guid = '';
  readonly events: string[] = [];

  constructor(
    readonly workNo: number,
    readonly password = 'Demo@123',
    readonly phone = `70${workNo}`,
  ) {}

  async signIn(node: ClusterNodeProcess): Promise<AgentReply> {
    const reply = await this.request(node, 'PUT', `onlineagent/${this.workNo}`, { password: this.password, phonenum: this.phone });
    if (reply.body.retcode === '0') this.guid = reply.guid ?? this.guid;
    return reply;
  }

  /** One poll (held up to 10 s by the server when nothing is queued); records the event's type. */
  async poll(node: ClusterNodeProcess): Promise<AgentReply> {
    const reply = await this.request(node, 'GET', `agentevent/${this.workNo}`);
    const type = reply.body.event?.eventType;
    if (type) this.events.push(type);
    return reply;
  }

  /** Polls through `node()` until an event of `type` arrives or `withinMs` passes. */
  async pollUntil(node: () => ClusterNodeProcess, type: string, withinMs: number): Promise<string[]> {
    const deadline = performance.now() + withinMs;
    const seen: string[] = [];
    while (performance.now() < deadline) {
      const reply = await this.poll(node()).catch(() => undefined);
      const event = reply?.body.event?.eventType;
      if (event) seen.push(event);
      if (event === type) return seen;
      if (!reply || reply.status >= 500) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`agent ${this.workNo} got no ${type} within ${withinMs} ms; saw ${seen.join(', ')}`);
  }

  command(node: ClusterNodeProcess, method: string, path: string, body?: unknown): Promise<AgentReply> {
    return this.request(node, method, path.replace('{id}', String(this.workNo)), body);
  }

  private async request(node: ClusterNodeProcess, method: string, path: string, body?: unknown): Promise<AgentReply & { guid?: string }> {
    const res = await fetch(`${node.url}/agentgateway/resource/${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(this.guid ? { guid: this.guid } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(20_000),
    });
    const rotated = res.headers.get('set-guid');
    if (rotated?.startsWith('JSESSIONID=')) this.guid = rotated.slice('JSESSIONID='.length);
    const text = await res.text();
    let parsed: AgentReply['body'] = {};
    try {
      parsed = JSON.parse(text) as AgentReply['body'];
    } catch {
      parsed = { message: text };
    }
    return { status: res.status, body: parsed, guid: res.headers.get('guid') ?? undefined };
  }
}

/** A customer call through the driver API of `node`; returns the call id. */
export async function placeCall(node: ClusterNodeProcess, called: string, talkSeconds: number): Promise<string> {
  const res = await fetch(`${node.url}/sim/v1/calls`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ caller: '13800000001', called, talkSeconds }), signal: AbortSignal.timeout(20_000) });
  const body = (await res.json()) as { callId?: string };
  if (!body.callId) throw new Error(`placing a call through node ${node.nodeId} failed: ${res.status} ${JSON.stringify(body)}`);
  return body.callId;
}

/** The state of a call as the driver API of `node` reports it. */
export async function callState(node: ClusterNodeProcess, callId: string): Promise<string> {
  const res = await fetch(`${node.url}/sim/v1/calls/${callId}`, { signal: AbortSignal.timeout(20_000) });
  return String(((await res.json()) as { state?: string }).state);
}

/** A C2-signed (§4.3) CC-CMS query with the server's default global AK/SK to a real node. */
export async function globalCmsQuery(node: ClusterNodeProcess, path: string, body: unknown): Promise<{ resultCode?: string; resultDesc?: Record<string, unknown> }> {
  const text = JSON.stringify(body);
  const url = new URL(`/rest/cmsapp/v1/openapi/${path}`, node.url);
  const headers = { host: url.host, 'content-type': 'application/json;charset=UTF-8', 'content-length': String(Buffer.byteLength(text)) };
  const authorization = authorizationHeader(
    { method: 'POST', path: url.pathname, query: [], headers, body: text },
    { accessKey: 'global-ak', secretKey: 'global-sk', timestamp: new Date().toISOString(), signedHeaders: ['content-length', 'content-type', 'host'] },
  );
  const res = await fetch(url, { method: 'POST', headers: { ...headers, authorization }, body: text, signal: AbortSignal.timeout(20_000) });
  return (await res.json()) as { resultCode?: string; resultDesc?: Record<string, unknown> };
}
