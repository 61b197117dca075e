import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Agent, request as undiciRequest, type Dispatcher } from 'undici';
import type { Diversion } from '../../http/diversion.ts';
import type { VdnLocation, VdnOwnership } from '../ownership.ts';
import { ForwardToOwner } from './forward-to-owner.ts';
import { captureRawBodies } from './raw-body-capture.ts';

/** Set on every forwarded request: its receiver serves it or says it is not the owner, never forwards again. */
export const forwardedByHeader = 'x-opencec-forwarded-by';
/** Set by a node that received a forwarded request for a VDN it does not own (the lease moved). */
export const notOwnerHeader = 'x-opencec-not-owner';

export interface ForwarderOptions {
  ownership: VdnOwnership;
  connectTimeoutMs: number;
  /** Longer than the long-poll wait: a forwarded event poll is held on the owner. */
  replyTimeoutMs: number;
}

/** RFC 9110 §7.6.1: headers of one connection, never passed on by a proxy. */
const hopByHop = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

/**
 * Proxies a request for a VDN served by another node to that node (decision 1710), so that clients
 * may talk to any node: the original method, URL and headers (hop-by-hop ones dropped) and the raw
 * body bytes go out over a pooled undici connection; the owner's status, headers and body stream
 * back unchanged. A forwarded request is never forwarded again: its receiver answers "not owner",
 * and the node the client reached locates the VDN once more and tries that location once, then
 * answers its family's documented system error, as it does when the owner does not answer.
 */
export class RequestForwarder implements Diversion {
  private readonly pool: Agent;
  private app: FastifyInstance | undefined;

  constructor(private readonly options: ForwarderOptions) {
    this.pool = new Agent({
      connect: { timeout: options.connectTimeoutMs },
      headersTimeout: options.replyTimeoutMs,
      bodyTimeout: options.replyTimeoutMs,
      keepAliveTimeout: 10_000,
    });
  }

  claims(error: unknown): boolean {
    return error instanceof ForwardToOwner;
  }

  install(app: FastifyInstance): void {
    this.app = app;
    captureRawBodies(app);
  }

  async divert(error: unknown, request: FastifyRequest, reply: FastifyReply, fail: (message: string) => FastifyReply): Promise<FastifyReply> {
    const signal = error as ForwardToOwner;
    if (request.headers[forwardedByHeader] !== undefined) {
      // The lease moved while the request travelled: the sender re-locates, this node must not.
      reply.header(notOwnerHeader, String(signal.vdnId));
      return fail('The tenant is being moved to another node; please retry.');
    }
    let location: VdnLocation = { kind: 'remote', nodeId: signal.nodeId, url: signal.url };
    for (let attempt = 0; ; attempt++) {
      if (location.kind === 'local') return this.serveHere(request, reply);
      let answer: Dispatcher.ResponseData;
      try {
        answer = await this.send(location.url, request, reply);
      } catch (cause) {
        request.log.warn({ err: cause, vdnId: signal.vdnId, owner: location.nodeId }, 'the owner of a VDN did not answer a forwarded request');
        return fail('The node serving the tenant does not answer; please retry.');
      }
      if (answer.headers[notOwnerHeader] === undefined || attempt > 0) return relay(answer, reply);
      await answer.body.dump();
      location = await this.options.ownership.locate(signal.vdnId);
    }
  }

  /** Stops pooling connections (server shutdown). */
  close(): Promise<void> {
    return this.pool.close();
  }

  private send(ownerUrl: string, request: FastifyRequest, reply: FastifyReply): Promise<Dispatcher.ResponseData> {
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (value === undefined || hopByHop.has(name) || name === 'content-length') continue;
      headers[name] = value;
    }
    headers[forwardedByHeader] = String(this.options.ownership.nodeId);
    const body = request.rawBodyBytes;
    // A client that leaves (a long poll given up) must leave the owner too: the owner then sees the
    // poll closed, as it would on a single node, instead of handing an event to nobody.
    const gone = new AbortController();
    reply.raw.once('close', () => {
      if (!reply.raw.writableFinished) gone.abort();
    });
    return undiciRequest(new URL(request.originalUrl, ownerUrl), {
      method: request.method as Dispatcher.HttpMethod,
      headers,
      body: body && body.length > 0 ? body : undefined,
      dispatcher: this.pool,
      signal: gone.signal,
    });
  }

  /** The lease came here meanwhile: serve the original request on this node, as received. */
  private async serveHere(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const answer = await this.app!.inject({
      method: request.method as 'GET',
      url: request.originalUrl,
      headers: request.headers as Record<string, string>,
      ...(request.rawBodyBytes && request.rawBodyBytes.length > 0 ? { payload: request.rawBodyBytes } : {}),
    });
    reply.code(answer.statusCode);
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value !== undefined && !hopByHop.has(name)) reply.header(name, value);
    }
    return reply.send(answer.rawPayload);
  }
}

/** Streams the owner's answer to the client: status, headers (minus hop-by-hop and the marker), body. */
function relay(answer: Dispatcher.ResponseData, reply: FastifyReply): FastifyReply {
  reply.code(answer.statusCode);
  for (const [name, value] of Object.entries(answer.headers)) {
    if (value === undefined || hopByHop.has(name) || name === notOwnerHeader) continue;
    reply.header(name, value);
  }
  return reply.send(answer.body);
}
