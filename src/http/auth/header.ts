import type { FastifyRequest } from 'fastify';

/** A request header by name, whatever case the client used (Node lower-cases them). */
export function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
