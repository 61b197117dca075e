import type { Static, TSchema } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CecError } from './cec-error.ts';
import type { Envelope } from './envelope/index.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * The authentication modes of reference chapter 4, plus the variants some sections add:
 * - `C1`: API-Fabric bearer token (4.2); `C1-or-credentials`: bearer or `username`/`password`
 *   in the body (5.1.12);
 * - `C2`: `auth-v2` request signature (4.3) made with a tenant's AK/SK; the CC-CMS variants
 *   (note 08 §3.1): `C2-any` also accepts the system-wide global AK/SK, `C2-global` accepts only
 *   the global one and `C2-private` only a tenant's (the other kind gets CMS 0101003);
 * - `C3`: OIAP token (4.4);
 * - `C4`: agent GUID of a signed-in agent (4.5); `C4-sign-in`: the sign-in interfaces, which
 *   issue the GUID;
 * - `C5`: configuration-login GUID (4.6);
 * - `sim`: the simulator's driver API (no credential; off with --no-sim);
 * - `SIA`: the iKBS SIA token (9.1.1) in `X-Access-Token` with the tenant in `X-TenantSpaceID`;
 * - `mall`: the business software mall's `X-Auth-Token` (§15.1), a C1 AccessToken (decision 1504).
 */
export type AuthMode = 'none' | 'C1' | 'C1-or-credentials' | 'C2' | 'C2-any' | 'C2-global' | 'C2-private' | 'C3' | 'C4' | 'C4-sign-in' | 'C5' | 'sim' | 'SIA' | 'mall';

/** Who a request acts for, once its credential is verified. */
export interface AuthContext {
  readonly mode: AuthMode;
  /** The tenant the credential belongs to; null for a global credential. */
  readonly vdnId: number | null;
  /** The app key, admin id or agent work number that authenticated. */
  readonly subject: string;
}

export interface HandlerContext<S, B, Q, P> {
  readonly body: B;
  readonly query: Q;
  readonly params: P;
  readonly auth: AuthContext;
  readonly services: S;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

/**
 * One interface of the reference, described once as data (STYLE rule 1). Route registration,
 * validation, the OpenAPI document, docs/coverage.md and the catalog test all derive from it.
 */
export interface EndpointDefinition<S = unknown, B extends TSchema = TSchema, Q extends TSchema = TSchema, P extends TSchema = TSchema> {
  /** Reference section, e.g. "5.1.1". Several definitions may share a section (aliases by method). */
  readonly section: string;
  /** Short name, as the reference's title gives it (e.g. "agentAccount/create"). */
  readonly name: string;
  readonly summary: string;
  readonly method: HttpMethod;
  /** The documented path, with `{param}` placeholders. */
  readonly path: string;
  /** Other documented spellings of the path (typos and variants the reference prints). */
  readonly pathAliases?: readonly string[];
  readonly auth: AuthMode;
  readonly envelope: Envelope;
  readonly body?: B;
  readonly query?: Q;
  readonly params?: P;
  /** Schema of the successful payload (without the envelope's code and message fields). */
  readonly response?: TSchema;
  /** Documented error codes, in precedence order. */
  readonly errors?: readonly string[];
  /** Per-key spelling variants accepted in the body, beyond case and l/I confusion. */
  readonly keyAliases?: Readonly<Record<string, readonly string[]>>;
  /** Code returned for a schema violation when it differs from the family's (e.g. sign-in 100-001). */
  readonly invalidParameterCode?: string;
  /** Maximum request body in bytes when it differs from the server default. */
  readonly bodyLimitBytes?: number;
  /**
   * The documented failure for a body over the limit, when the interface documents one (a file
   * over its size): Fastify refuses such a body before the handler runs, so without it the reply
   * would carry the family's generic code instead of the interface's.
   */
  readonly bodyTooLarge?: () => CecError;
  /** Partial implementation: what is missing (shown in docs/coverage.md). */
  readonly gaps?: string;
  /**
   * The Content-Types of a file the handler may send instead of an envelope (a download, by
   * `binaryReply()` of src/http/binary-reply.ts). Only these endpoints may answer other than JSON.
   */
  readonly binaryReply?: readonly string[];
  readonly handler: (ctx: HandlerContext<S, Static<B>, Static<Q>, Static<P>>) => Promise<Record<string, unknown> | void> | Record<string, unknown> | void;
}

/** Identity function that keeps the schema generics, so handlers see typed inputs. */
export function endpointFactory<S>() {
  return function defineEndpoint<B extends TSchema = TSchema, Q extends TSchema = TSchema, P extends TSchema = TSchema>(
    definition: EndpointDefinition<S, B, Q, P>,
  ): EndpointDefinition<S, B, Q, P> {
    return definition;
  };
}

/** A guard verifies the credential of one auth mode or throws the CecError to reply with. */
export type AuthGuard = (request: FastifyRequest, definition: EndpointDefinition<any, any, any, any>, reply: FastifyReply) => Promise<AuthContext>;
