import type { FastifyReply } from 'fastify';
import type { CecError } from './cec-error.ts';
import type { Envelope } from './envelope/index.ts';

/**
 * Sends a failure in its envelope, always as JSON. Envelopes whose failure body is a bare string
 * (5.1.9 documents `schema: String`) would otherwise go out as text/plain, and clients parse
 * every reply as JSON: a JSON string literal keeps the documented body and stays parseable.
 */
export function sendFailure(reply: FastifyReply, envelope: Envelope, failure: CecError, httpStatus = failure.httpStatus): FastifyReply {
  const body = envelope.failure(failure, { path: (reply.request?.url ?? '').split('?')[0] ?? '' });
  reply.code(httpStatus);
  if (typeof body === 'string') return reply.type('application/json').send(JSON.stringify(body));
  return reply.send(body);
}
