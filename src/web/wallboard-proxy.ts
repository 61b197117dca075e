import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authorizationHeader } from '../auth/signature-v2.ts';
import type { Clock } from '../domain/time/index.ts';

/**
 * The wallboard's signing proxy (decision 1602): the page cannot hold an AK/SK, so it posts the body
 * of a CC-CMS interface to `/wallboard/cms/{name}` and the server signs it (C2 auth-v2, §4.3) with
 * the system-wide global AK/SK and hands it to the real interface in-process. Only the read-only
 * real-time interfaces the wallboard uses are reachable, and only from the local machine.
 */
export const wallboardInterfaces: Readonly<Record<string, string>> = {
  skills: '/rest/cmsapp/v1/openapi/configures/skills',
  rindex: '/rest/cmsapp/v1/openapi/skill/rindex',
  servicequality: '/rest/cmsapp/v1/openapi/skill/servicequality',
  agents: '/rest/cmsapp/v1/openapi/vdn/totalagentstate',
  agentstatus: '/rest/cmsapp/v1/openapi/agentgroup/agentstatusinfobyagentids',
  agentcalls: '/rest/cmsapp/v1/openapi/agentgroup/queryagentcalls',
};

export interface WallboardProxyOptions {
  readonly clock: Clock;
  readonly accessKey: string;
  readonly secretKey: string;
  /** The call center id (`ccId`) every CC-CMS body carries; the page reads it from GET /wallboard/cms. */
  readonly callCenterId: number;
}

const signedHost = 'localhost';

export function registerWallboardProxy(http: FastifyInstance, options: WallboardProxyOptions): void {
  http.get('/wallboard/cms', { schema: { hide: true } as never }, async () => ({ ccId: options.callCenterId, interfaces: Object.keys(wallboardInterfaces) }));
  http.post('/wallboard/cms/:name', { schema: { hide: true } as never }, async (request, reply) => {
    const { name } = request.params as { name: string };
    const path = wallboardInterfaces[name.toLowerCase()];
    if (!path) return reply.code(404).send({ resultCode: '0100001', resultDesc: `no wallboard interface ${name}` });
    if (!fromThisMachine(request)) return reply.code(403).send({ resultCode: '0101003', resultDesc: 'the wallboard proxy answers the local machine only' });
    const body = typeof request.rawBody === 'string' && request.rawBody.trim() !== '' ? request.rawBody : '{}';
    const headers = { host: signedHost, 'content-type': 'application/json;charset=UTF-8', 'content-length': String(Buffer.byteLength(body)) };
    const authorization = authorizationHeader(
      { method: 'POST', path, query: [], headers, body },
      { accessKey: options.accessKey, secretKey: options.secretKey, timestamp: new Date(options.clock.now()).toISOString(), signedHeaders: ['content-length', 'content-type', 'host'] },
    );
    const answer = await http.inject({ method: 'POST', url: path, headers: { ...headers, authorization }, payload: body });
    return reply.code(answer.statusCode).header('Content-Type', 'application/json;charset=UTF-8').send(answer.body);
  });
}

/** Local-only mode: loopback peers only (a deployment that wants a remote wallboard puts it behind its own proxy). */
function fromThisMachine(request: FastifyRequest): boolean {
  const peer = request.socket.remoteAddress ?? '';
  return peer === '127.0.0.1' || peer === '::1' || peer === '::ffff:127.0.0.1' || peer.startsWith('127.');
}
