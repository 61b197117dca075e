import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CecError } from './cec-error.ts';
import { sendFailure } from './send-failure.ts';
import type { AuthGuard, AuthMode, EndpointDefinition } from './endpoint.ts';
import { aliasTable, normalizeKeys, unwrapBodyLabel } from './coercion/index.ts';
import { toRoutePath } from './route-path.ts';
import { withIntegerBounds } from './integer-bounds.ts';
import { isBinaryReply, sendBinary } from './binary-reply.ts';

export type AnyEndpoint<S> = EndpointDefinition<S, any, any, any>;

export interface RegistrationOptions<S> {
  services: S;
  guards: Partial<Record<AuthMode, AuthGuard>>;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The endpoint a route serves, so that error handling can use its envelope. */
    endpoint?: EndpointDefinition<any, any, any, any>;
  }
}

/**
 * Registers endpoint definitions as Fastify routes. Each route: normalises body keys, verifies the
 * credential of its auth mode, reports schema violations in its family's envelope, runs the
 * handler and wraps the reply in the envelope. Handlers never see an unauthenticated request or an
 * invalid body, and never build an envelope themselves.
 */
export function registerEndpoints<S>(app: FastifyInstance, endpoints: readonly AnyEndpoint<S>[], options: RegistrationOptions<S>): void {
  for (const endpoint of endpoints) {
    const paths = new Set([endpoint.path, ...(endpoint.pathAliases ?? [])].map(toRoutePath));
    const aliases = aliasTable(endpoint.keyAliases);
    for (const url of paths) {
      app.routeTemplates.add(endpoint.method, url, endpoint.envelope);
      app.route({
        method: endpoint.method,
        url,
        config: { endpoint },
        ...(endpoint.bodyLimitBytes ? { bodyLimit: endpoint.bodyLimitBytes } : {}),
        attachValidation: true,
        schema: {
          ...(endpoint.body ? { body: withIntegerBounds(endpoint.body) } : {}),
          ...(endpoint.query ? { querystring: withIntegerBounds(endpoint.query) } : {}),
          ...(endpoint.params ? { params: withIntegerBounds(endpoint.params) } : {}),
          summary: `${endpoint.section} ${endpoint.summary}`,
          operationId: `${endpoint.section}-${endpoint.method}${url === toRoutePath(endpoint.path) ? '' : `-${url}`}`,
          tags: [familyTag(endpoint.section)],
          response: {
            200: endpoint.envelope.successSchema(endpoint.response ?? ({ type: 'object' } as never)),
          },
          // Swagger shows the documented path, not the canonical routing form.
          ...(url === toRoutePath(endpoint.path) ? {} : { hide: true }),
        } as never,
        // A callback hook, not an async one, and none for an interface without body or query:
        // it runs on every request, and a hook less per request is measurable (issue 8).
        ...(endpoint.body || endpoint.query ? { preValidation: normalizer(endpoint, aliases) } : {}),
        handler: (request: FastifyRequest, reply: FastifyReply) => serve(endpoint, request, reply, options),
      });
    }
  }
}

/** Body and query keys matched case-insensitively and through the endpoint's aliases. */
function normalizer<S>(endpoint: AnyEndpoint<S>, aliases: ReturnType<typeof aliasTable>) {
  return (request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void) => {
    try {
      if (endpoint.body) {
        // An absent body is an empty object: interfaces whose fields are all optional
        // (querySkills, queryIVRFlowList...) are called without one.
        request.body = normalizeKeys(unwrapBodyLabel(request.body ?? {}, endpoint.body), endpoint.body, aliases);
      }
      if (endpoint.query) request.query = normalizeKeys(request.query, endpoint.query, aliases);
    } catch (error) {
      return done(error as Error);
    }
    done();
  };
}

async function serve<S>(endpoint: AnyEndpoint<S>, request: FastifyRequest, reply: FastifyReply, options: RegistrationOptions<S>): Promise<unknown> {
  const { envelope } = endpoint;
  try {
    const guard = options.guards[endpoint.auth];
    if (!guard) throw new Error(`no guard for auth mode ${endpoint.auth}`);
    const auth = await guard(request, endpoint, reply);
    if (request.validationError) {
      const message = validationMessage(request.validationError);
      throw endpoint.invalidParameterCode
        ? new CecError(endpoint.invalidParameterCode, message)
        : envelope.generic('invalidParameter', message);
    }
    const payload = await endpoint.handler({
      body: request.body,
      query: request.query,
      params: request.params,
      auth,
      services: options.services,
      request,
      reply,
    });
    if (reply.sent) return reply;
    if (isBinaryReply(payload)) return sendBinary(reply, payload);
    return reply.code(200).send(envelope.success(payload ?? {}));
  } catch (error) {
    if (reply.sent) {
      request.log.error({ err: error }, 'failure after the reply was sent');
      return reply;
    }
    // The server's error handler answers claimed errors (a request for a VDN served elsewhere).
    if (request.server.diversion?.claims(error)) throw error;
    const failure = error instanceof CecError ? error : internalFailure(endpoint, request, error);
    return sendFailure(reply, envelope, failure);
  }
}

function internalFailure(endpoint: AnyEndpoint<any>, request: FastifyRequest, error: unknown): CecError {
  request.log.error({ err: error, section: endpoint.section }, 'unexpected failure in handler');
  return endpoint.envelope.generic('internal', 'An internal error occurred.');
}

/** Turns Ajv's report into a short, field-named message ("userAccount: must NOT have ..."). */
function validationMessage(error: Error & { validation?: Array<{ keyword?: string; instancePath?: string; message?: string; params?: Record<string, unknown> }> }): string {
  // In a union ("null or integer") the null branch's complaint says nothing useful; name the other.
  const reports = error.validation ?? [];
  const first = reports.find((r) => r.keyword !== 'anyOf' && !(r.keyword === 'type' && r.params?.type === 'null')) ?? reports[0];
  if (!first) return error.message;
  const parent = (first.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
  const missing = first.params?.missingProperty;
  if (typeof missing === 'string') return `${parent ? `${parent}.` : ''}${missing} is mandatory`;
  return `${parent || 'body'} ${first.message ?? 'is invalid'}`;
}

/** Groups the OpenAPI document by reference chapter. */
function familyTag(section: string): string {
  const chapter = section.split('.')[0] ?? section;
  const names: Record<string, string> = {
    '4': '4 Authentication',
    '5': '5 Call Center Configuration',
    '6': '6 Agent Workbench',
    '7': '7 Outbound',
    '8': '8 Survey',
    '9': '9 Knowledge Base',
    '10': '10 Chatbot',
    '11': '11 Web Client Access',
    '12': '12 Inspection, Monitoring, Statistics',
    '13': '13 Recording and CDR',
    '14': '14 Voice Notification',
    sim: 'Simulator driver API',
    admin: 'OpenCEC administration',
    ext: 'OpenCEC extensions',
  };
  return names[chapter] ?? chapter;
}
