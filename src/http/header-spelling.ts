import type { FastifyInstance } from 'fastify';
import type { ServerResponse } from 'node:http';

/**
 * Response header names as the reference prints them (Table 6-4 `Guid` and `Set-GUID`, the
 * `Content-Type` of every response-header table). Fastify stores reply headers under lower-cased
 * names and hands them to `writeHead`, and HTTP/1.1 sends names as given: real agent clients (the
 * vendor's Java demo among them) compare `header.getName().equals("Set-GUID")`, so the lower-case
 * form locks them out. The map is applied at the last moment, when the head is written, so every
 * reply (handlers, error handlers, 404s) goes out in the documented spelling.
 */
export const documentedHeaderNames: Readonly<Record<string, string>> = {
  'content-type': 'Content-Type',
  guid: 'Guid',
  'set-guid': 'Set-GUID',
};

/** The documented JSON media type (examples print `application/json;charset=UTF-8`). */
export const jsonContentType = 'application/json;charset=UTF-8';

export function installHeaderSpelling(app: FastifyInstance): void {
  app.addHook('onRequest', (_request, reply, done) => {
    respellHeaders(reply.raw);
    done();
  });
}

type WriteHead = ServerResponse['writeHead'];
type RespelledResponse = ServerResponse & { [originalWriteHead]?: (...args: unknown[]) => ServerResponse };

const originalWriteHead = Symbol('originalWriteHead');
const documentedEntries = Object.entries(documentedHeaderNames);

/** For replies sent before the request hooks run (Fastify's framework errors). */
export function respellHeaders(response: ServerResponse): void {
  const target = response as RespelledResponse;
  // One shared function per process, the original kept on the response: nothing is allocated per
  // request (this runs on every one, issue 8), and a second call does not wrap twice.
  if (target[originalWriteHead]) return;
  target[originalWriteHead] = response.writeHead as (...args: unknown[]) => ServerResponse;
  response.writeHead = writeHeadRespelled as WriteHead;
}

function writeHeadRespelled(this: RespelledResponse, ...args: unknown[]): ServerResponse {
  const index = typeof args[1] === 'string' ? 2 : 1;
  const headers = args[index];
  if (headers && typeof headers === 'object' && !Array.isArray(headers)) args[index] = renamed(headers as Record<string, unknown>);
  // Headers set directly on the raw response (rare) keep their own spelling unless they are ours.
  for (const [lower, documented] of documentedEntries) {
    const value = this.getHeader(lower);
    if (value !== undefined) {
      this.removeHeader(lower);
      this.setHeader(documented, value);
    }
  }
  return this[originalWriteHead]!.apply(this, args);
}

function renamed(headers: Record<string, unknown>): Record<string, unknown> {
  // Runs on every reply: a plain loop over the few names, no entry arrays (issue 8).
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    const documented = documentedByLowerName.get(name) ?? documentedByLowerName.get(name.toLowerCase());
    if (documented === 'Content-Type' && typeof value === 'string' && jsonMediaType.test(value)) out[documented] = jsonContentType;
    else out[documented ?? name] = value;
  }
  return out;
}

const jsonMediaType = /^application\/json/i;
const documentedByLowerName = new Map(documentedEntries);
