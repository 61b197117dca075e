import type { FastifyReply } from 'fastify';
import type { CecError } from './cec-error.ts';
import type { Envelope } from './envelope/index.ts';

/** Reads the time for failure bodies; the server is given the composition's clock (create-server). */
export interface TimeSource {
  now(): number;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The composition's clock, so failure bodies carry its time (a virtual one in tests). */
    failureClock: TimeSource;
  }
}

/**
 * Sends a failure in its envelope, always as JSON. Envelopes whose failure body is a bare string
 * (5.1.9 documents `schema: String`) would otherwise go out as text/plain, and clients parse
 * every reply as JSON: a JSON string literal keeps the documented body and stays parseable.
 */
export function sendFailure(reply: FastifyReply, envelope: Envelope, failure: CecError, httpStatus = failure.httpStatus): FastifyReply {
  const body = envelope.failure(failure, { path: (reply.request?.url ?? '').split('?')[0] ?? '', nowMs: reply.server.failureClock.now() });
  reply.code(httpStatus);
  if (typeof body === 'string') return reply.type('application/json').send(JSON.stringify(body));
  return reply.send(body);
}
