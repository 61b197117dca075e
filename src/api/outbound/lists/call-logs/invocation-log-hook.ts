import type { FastifyInstance, FastifyRequest, onResponseHookHandler, onSendHookHandler } from 'fastify';
import { InvocationLog } from '../../../../services/outbound/lists/call-logs/invocation-log.ts';
import type { ApiServices } from '../../../services.ts';

/** `/rest/isales/v1/openapi/campaigns/{vdnId}/...`, with or without the `/service-cloud` gateway prefix (note 04 §3.1). */
const isalesPath = /^(?:\/service-cloud)?\/rest\/isales\/v\d+\/openapi\/campaigns\/(\d{1,4})(?:[/?]|$)/i;
/** The routes of those paths, `{vdnId}` still a parameter. */
const isalesRoute = /^(?:\/service-cloud)?\/rest\/isales\/v\d+\/openapi\/campaigns\//i;
/** Fields never written to the log: 7.8.1/7.8.3 passwords travel in plaintext. */
const secretFields = /^(serverpwd|password|pwd|secret)$/i;
const requestTextMax = 4_000;

declare module 'fastify' {
  interface FastifyRequest {
    isalesReply?: string;
  }
}

/**
 * CEC §7.10 (ref L29501): every chapter 7 request of a tenant is logged with its path, method,
 * input, result code and HTTP status. A hook on the iSales paths records each answered request;
 * the writer batches the rows behind the reply. A request refused with 401 is not the tenant's
 * (bad or another VDN's signature, decision 0700) and is not logged under it.
 */
export function installInvocationLog(http: FastifyInstance, services: ApiServices): InvocationLog {
  const log = new InvocationLog(services);
  // Route hooks of the iSales routes only, added as each is registered (this runs before the
  // interfaces are): the other families' requests, the configuration and gateway queries among
  // them, run no hook for it at all (issue 8). Callback hooks: no promise per request.
  const onSend: onSendHookHandler = (request, _reply, payload, done) => {
    if (typeof payload === 'string' && isalesPath.test(request.url)) request.isalesReply = payload;
    done(null, payload);
  };
  const onResponse: onResponseHookHandler = (request, reply, done) => {
    try {
      recordInvocation(log, request, reply.statusCode);
      done();
    } catch (error) {
      done(error as Error);
    }
  };
  http.addHook('onRoute', (route) => {
    if (!isalesRoute.test(route.url)) return;
    route.onSend = [...asList(route.onSend), onSend];
    route.onResponse = [...asList(route.onResponse), onResponse];
  });
  return log;
}

const asList = <T>(hooks: T | T[] | undefined): T[] => (hooks === undefined ? [] : Array.isArray(hooks) ? hooks : [hooks]);

function recordInvocation(log: InvocationLog, request: FastifyRequest, httpStatus: number): void {
  const match = isalesPath.exec(request.url);
  if (!match || httpStatus === 401 || !request.routeOptions.config?.endpoint) return;
  const reported = replyCodes(request.isalesReply);
  log.record({
    vdnId: Number(match[1]),
    url: request.url.split('?')[0]!,
    request: requestText(request),
    resultCode: reported.resultCode,
    resultDesc: reported.resultDesc,
    httpStatus,
    type: request.method,
  });
}

function replyCodes(payload: string | undefined): { resultCode: string; resultDesc: string } {
  try {
    const body = JSON.parse(payload ?? '') as Record<string, unknown>;
    return { resultCode: String(body.resultCode ?? body.returnCode ?? ''), resultDesc: String(body.resultDesc ?? body.returnDesc ?? '') };
  } catch {
    return { resultCode: '', resultDesc: '' };
  }
}

/** The input as one JSON text: path parameters, query and body (7.10 example `{"defId":"456","vdnId":"2"}`). */
function requestText(request: FastifyRequest): string {
  const merged: Record<string, unknown> = {};
  for (const part of [request.params, request.query, request.body]) {
    if (part && typeof part === 'object' && !Array.isArray(part)) Object.assign(merged, part);
  }
  const text = JSON.stringify(merged, (key, value: unknown) => (secretFields.test(key) ? '******' : value));
  return text.length > requestTextMax ? `${text.slice(0, requestTextMax)}...` : text;
}
