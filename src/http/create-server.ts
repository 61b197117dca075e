import Fastify, { LogController, type FastifyInstance, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { CecError, httpStatusText } from './cec-error.ts';
import { envelopeForPath, gatewayEnvelope, type Envelope } from './envelope/index.ts';
import { canonicalUrl } from './route-path.ts';
import { parseLosslessJson, wantsLosslessNumbers } from './lossless-json.ts';
import { installHeaderSpelling, respellHeaders } from './header-spelling.ts';
import { sendFailure, type TimeSource } from './send-failure.ts';
import { answerClientError } from './client-error.ts';
import { RouteTemplates } from './route-templates.ts';
import { lazyValidators } from './lazy-validators.ts';
import type { Diversion } from './diversion.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The body exactly as received (the C2 signature covers these bytes). */
    rawBody?: string;
  }
}

export interface HttpServerOptions {
  logger: FastifyServerOptions['logger'];
  bodyLimitBytes: number;
  requestTimeoutMs: number;
  /** The clock whose time failure bodies carry (CC-FS `timestamp`); the system time when absent. */
  clock?: TimeSource;
  /** Errors answered otherwise than by an envelope (cluster forwarding, decision 1710). */
  diversion?: Diversion;
}

/**
 * A Fastify instance speaking the reference's conventions: case-insensitive paths with the
 * documented variants rewritten to one form, lenient JSON (any content type, empty bodies, a
 * byte-order mark, numbers and booleans as strings), plain JSON.stringify replies (the envelopes
 * define the exact output, so no schema-driven serializer may drop or coerce fields), documented
 * header spellings, and family envelopes for every failure raised before a handler too (bad URL,
 * over-long parameter, refused body, unknown path, malformed HTTP).
 */
export function createHttpServer(options: HttpServerOptions): FastifyInstance {
  const templates = new RouteTemplates();
  const clock: TimeSource = options.clock ?? { now: () => Date.now() };
  const app = Fastify({
    logger: options.logger,
    bodyLimit: options.bodyLimitBytes,
    requestTimeout: options.requestTimeoutMs,
    routerOptions: { caseSensitive: false, ignoreTrailingSlash: true, ignoreDuplicateSlashes: true, maxParamLength: 500 },
    rewriteUrl: (req) => canonicalUrl(req.url ?? '/'),
    schemaController: lazyValidators(),
    ajv: { customOptions: { coerceTypes: 'array', useDefaults: true, removeAdditional: false, allErrors: false, strict: false } },
    // One log line per request is noise for a contact center's traffic; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
    frameworkErrors: (error, request, reply) => {
      respellHeaders(reply.raw);
      const url = request.raw.url ?? '/';
      const envelope = templates.envelopeFor(request.raw.method ?? 'GET', url) ?? envelopeForPath(url);
      return sendFailure(reply, envelope, envelope.generic('invalidParameter', error.message));
    },
    clientErrorHandler: (error, socket) => answerClientError(error, socket, clock),
  });

  app.decorate('routeTemplates', templates);
  app.decorate('failureClock', clock);
  if (options.diversion) {
    app.decorate('diversion', options.diversion);
    options.diversion.install?.(app);
  }
  installHeaderSpelling(app);
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (request, body, done) => {
    // Routing comes before body parsing: a request for no interface is a 404 whatever it carries.
    if (request.is404) return done(null, undefined);
    const text = stripByteOrderMark(typeof body === 'string' ? body : body.toString('utf8'));
    request.rawBody = text;
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, wantsLosslessNumbers(request.url) ? parseLosslessJson(text, dropPrototypeKeys) : parseJson(text));
    } catch {
      const error = new Error('request body is not valid JSON') as Error & { statusCode: number };
      error.statusCode = 400;
      done(error, undefined);
    }
  });

  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    const envelope = envelopeOf(request);
    if (options.diversion?.claims(error)) {
      const fail = (message: string) => sendFailure(reply, envelope, envelope.generic('internal', message));
      return options.diversion.divert(error, request, reply, fail);
    }
    const status = error.statusCode ?? 500;
    let failure: CecError;
    const endpoint = request.routeOptions?.config?.endpoint;
    if (error instanceof CecError) failure = error;
    else if (status === 413 && endpoint?.bodyTooLarge) failure = endpoint.bodyTooLarge();
    else if (status === 413) failure = envelope.generic('malformedRequest', 'The request body is too large.');
    else if (status >= 400 && status < 500) failure = envelope.generic('malformedRequest', httpStatusText[400]);
    else {
      request.log.error({ err: error }, 'unhandled error');
      failure = envelope.generic('internal', 'An internal error occurred.');
    }
    // A documented failure keeps its own status (a business result, mostly 200); Fastify's refusals keep theirs.
    const documented = error instanceof CecError || (status === 413 && endpoint?.bodyTooLarge !== undefined);
    const httpStatus = status >= 400 && status < 500 && !documented ? status : failure.httpStatus;
    return sendFailure(reply, envelope, failure, httpStatus);
  });

  app.setNotFoundHandler((request, reply) => {
    const envelope = envelopeForPath(request.url);
    const failure = envelope.generic('notFound', envelope === gatewayEnvelope ? 'URL information is not found' : httpStatusText[404]);
    return sendFailure(reply, envelope, failure);
  });

  return app;
}

function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * A reviver calls back for every value, about as much as the parse itself on a small body (issue 8),
 * so a short body skips it unless a key could be one it drops, spelt out or behind a `\u` escape.
 * Long bodies keep it: its recursion is also what refuses a body nested thousands deep (as a 400)
 * before any recursive step after the parse meets it, and a short one cannot nest that deep.
 */
const mayHidePrototypeKeys = /__proto__|constructor|\\u/;
const revivedFromChars = 2_048;

function parseJson(text: string): unknown {
  return text.length >= revivedFromChars || mayHidePrototypeKeys.test(text) ? JSON.parse(text, dropPrototypeKeys) : JSON.parse(text);
}

function dropPrototypeKeys(key: string, value: unknown): unknown {
  return key === '__proto__' || key === 'constructor' ? undefined : value;
}

function envelopeOf(request: FastifyRequest): Envelope {
  return request.routeOptions?.config?.endpoint?.envelope ?? envelopeForPath(request.url);
}
