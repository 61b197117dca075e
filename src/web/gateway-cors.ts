import type { FastifyInstance } from 'fastify';

const gatewayPath = /^\/agentgateway\//i;
const exposedHeaders = 'Set-GUID, Guid';
const allowedMethods = 'GET, POST, PUT, DELETE';
const preflightMaxAgeSeconds = '600';

/**
 * CORS for `/agentgateway/*` only (decision 1600): any origin may call the gateway (its credential
 * is the Guid header, not a cookie), the headers a preflight asks for are allowed, and the GUID
 * headers are exposed so the toolbar can read them. Other families send no CORS headers.
 *
 * This is the behaviour @fastify/cors gave with a per-path delegator, without its cost: the
 * delegator rebuilt and merged the options on every request of every family (about 8 % of a
 * configuration query, issue 8). Here a request off the gateway costs one regular expression test.
 */
export function registerGatewayCors(http: FastifyInstance): void {
  http.addHook('onRequest', (request, reply, done) => {
    if (!gatewayPath.test(request.url)) return done();
    // The reply varies with the Origin it reflects (Fetch standard, "CORS protocol and HTTP caches").
    reply.header('Vary', 'Origin');
    const origin = request.headers.origin;
    if (origin) reply.header('Access-Control-Allow-Origin', origin);
    reply.header('Access-Control-Expose-Headers', exposedHeaders);
    if (request.raw.method !== 'OPTIONS') return done();
    // A preflight is answered here, before any guard: the browser sends no credential with it.
    if (!origin || !request.headers['access-control-request-method']) {
      reply.code(400).type('text/plain').send('Invalid Preflight Request');
      return;
    }
    reply.header('Access-Control-Allow-Methods', allowedMethods);
    reply.header('Vary', 'Origin, Access-Control-Request-Headers');
    const asked = request.headers['access-control-request-headers'];
    if (asked !== undefined) reply.header('Access-Control-Allow-Headers', asked);
    reply.header('Access-Control-Max-Age', preflightMaxAgeSeconds);
    // Content-Length 0: some browsers wait for a body after a 204 without it.
    reply.code(204).header('Content-Length', '0').send();
  });
  // Preflights need a route to reach the hook; any other OPTIONS request is an unknown path.
  http.options('*', { schema: { hide: true } as never }, (_request, reply) => {
    reply.callNotFound();
  });
}
