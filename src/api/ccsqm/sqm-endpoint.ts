import type { TSchema, Static } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { CecError } from '../../http/cec-error.ts';
import type { SqmEnvelope } from '../../http/envelope/index.ts';
import { header } from '../../http/auth/header.ts';
import { SqmFailure } from '../../domain/ccsqm/failure.ts';
import { Documents } from '../../services/ccsqm/documents.ts';
import type { SqmDeps } from '../../services/ccsqm/sqm-deps.ts';
import { defineEndpoint, type ApiEndpoint } from '../define-endpoint.ts';
import type { ApiServices } from '../services.ts';

/** What a §12.2 handler gets: the tenant from the token, the operator of `x-UserId`, typed input. */
export interface SqmContext<B> {
  readonly body: B;
  readonly vdnId: number;
  /** The operator's work number, when `x-UserId` names an agent of the tenant. */
  readonly operator: string | undefined;
  readonly services: ApiServices;
  readonly deps: SqmDeps;
  /** Read access to the tenant's documents. */
  readonly docs: Documents;
  readonly request: FastifyRequest;
}

export interface SqmEndpointSpec<B extends TSchema> {
  section: string;
  name: string;
  summary: string;
  /** The documented path (the catalog's spelling). */
  path: string;
  pathAliases?: readonly string[];
  envelope: SqmEnvelope;
  body?: B;
  /** `x-UserId` as the module documents it (note 07 §3.2): mandatory, optional or absent. */
  userId: 'mandatory' | 'optional' | 'none';
  /** Also serve the path on the sibling prefix (CCSQM ⇄ CCISQM, note 07 §8.4 item 21). */
  siblingPrefix?: boolean;
  keyAliases?: Readonly<Record<string, readonly string[]>>;
  response?: TSchema;
  gaps?: string;
  handler: (ctx: SqmContext<Static<B>>) => Promise<Record<string, unknown> | void>;
}

function sibling(path: string): string {
  return /^\/CCISQM\//i.test(path) ? path.replace(/^\/CCISQM\//i, '/CCSQM/') : path.replace(/^\/CCSQM\//i, '/CCISQM/');
}

/**
 * One §12.2 interface: POST, C1 bearer (`/apiaccess` optional, route-path.ts), the module's
 * envelope, `x-UserId` resolved to an agent of the token's tenant (decision 1224), and the
 * domain's SqmFailure rendered with the module's code and HTTP status.
 */
export function sqmEndpoint<B extends TSchema>(spec: SqmEndpointSpec<B>): ApiEndpoint {
  const aliases = [...(spec.pathAliases ?? [])];
  if (spec.siblingPrefix !== false) aliases.push(sibling(spec.path), ...aliases.map(sibling));
  return defineEndpoint({
    section: spec.section,
    name: spec.name,
    summary: spec.summary,
    method: 'POST',
    path: spec.path,
    pathAliases: [...new Set(aliases)].filter((p) => p.toLowerCase() !== spec.path.toLowerCase()),
    auth: 'C1',
    envelope: spec.envelope,
    ...(spec.body ? { body: spec.body } : {}),
    ...(spec.keyAliases ? { keyAliases: spec.keyAliases } : {}),
    ...(spec.response ? { response: spec.response } : {}),
    errors: [spec.envelope.fail('invalid').code, spec.envelope.fail('notFound').code],
    ...(spec.gaps ? { gaps: spec.gaps } : {}),
    async handler({ body, auth, services, request }) {
      const vdnId = auth.vdnId;
      if (vdnId === null) throw spec.envelope.generic('unauthorized', '');
      const operator = await resolveOperator(services, vdnId, request, spec);
      const deps: SqmDeps = services;
      try {
        return await spec.handler({ body: (body ?? {}) as Static<B>, vdnId, operator, services, deps, docs: new Documents(services.repos, vdnId), request });
      } catch (error) {
        if (error instanceof SqmFailure) throw spec.envelope.fail(error.kind, error.message);
        throw error;
      }
    },
  });
}

async function resolveOperator(services: ApiServices, vdnId: number, request: FastifyRequest, spec: { userId: SqmEndpointSpec<TSchema>["userId"]; envelope: SqmEnvelope }): Promise<string | undefined> {
  const userId = header(request, 'x-userid')?.trim();
  if (!userId) {
    if (spec.userId === 'mandatory') throw spec.envelope.fail('invalid', 'Incorrect request. Check the request path and parameters. x-UserId is mandatory');
    return undefined;
  }
  const workNo = await operatorWorkNo(services, vdnId, userId);
  if (workNo === undefined) throw new CecError(spec.envelope.generic('unauthorized', '').code, 'Unauthorized operation. x-UserId is not a user of the tenant.', { httpStatus: 401 });
  return workNo;
}

/** An operator or staff id names an agent of the tenant by work number or account (decision 1224). */
export async function operatorWorkNo(services: ApiServices, vdnId: number, userId: string): Promise<string | undefined> {
  if (/^\d{1,9}$/.test(userId)) {
    const agent = await services.repos.agents.find(vdnId, Number(userId));
    if (agent) return String(agent.workNo);
  }
  const byAccount = await services.repos.agents.findByUserAccount(vdnId, userId);
  return byAccount ? String(byAccount.workNo) : undefined;
}
