import { Type, type Static, type TObject, type TSchema } from '@sinclair/typebox';
import type { InspectionScope, Result, TenantEngine } from '../../../engine/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import type { HttpMethod } from '../../../http/endpoint.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { runCommand, signedInEngine } from '../agent-context.ts';
import { parseAgentId } from '../c4-guard.ts';
import { AgentIdParams, EmptyResult } from '../gateway-schemas.ts';
import { inspectionScope } from './inspection-scope.ts';

export const qcBase = '/agentgateway/resource/qualitycontrol/{agentid}';

/** `{agentid}` and the inspected agent's `{workNo}` (Table 12-1: "101 to 59999", same VDN). */
export const WorkNoParams = Type.Composite([AgentIdParams, Type.Object({ workNo: Type.String({ description: 'Inspected agent, 101–59999' }) })]);

/** The error codes every §12.1 interface lists (e.g. ref L41428–41433), in precedence order. */
export const qcErrors = ['100-006', '900-001', '900-002', '900-003'] as const;

/** An inspected agent's work number from the path or query ("101" to "59999"), else 000-002. */
export function inspectedWorkNo(raw: unknown, what = 'workNo'): number {
  const workNo = parseAgentId(raw);
  if (workNo === undefined) throw new CecError('000-002', `The ${what} must be an agent ID from 101 to 59999.`);
  return workNo;
}

/** The optional `whisperagentid` of 12.1.12–12.1.14: absent or empty means the agent being monitored. */
export function optionalWorkNo(raw: string | undefined): number | undefined {
  return raw === undefined || raw === '' ? undefined : inspectedWorkNo(raw, 'whisperagentid');
}

export interface QcCommandContext<P, Q, B> {
  engine: TenantEngine;
  inspectorWorkNo: number;
  scope: InspectionScope;
  params: P;
  query: Q;
  body: B;
}

interface QcSpec<P extends TObject, Q extends TSchema, B extends TSchema> {
  section: string;
  name: string;
  summary: string;
  method: HttpMethod;
  path: string;
  params?: P;
  query?: Q;
  body?: B;
  errors: readonly string[];
  invalidParameterCode?: string;
  gaps?: string;
  command(ctx: QcCommandContext<Static<P>, Static<Q>, Static<B>>): Result<unknown>;
}

/**
 * One interface of §12.1 (CC-Gateway, C4 with the inspector's GUID): the command runs in the
 * inspector's tenant engine with the tenant's inspection scope, its rejection becomes the documented
 * code (gateway-errors.ts), and the reply is the examples' `{"message":"","retcode":"0","result":{}}`
 * (e.g. ref L41443–41448) once the records it produced are durable.
 */
export function qcEndpoint<P extends TObject = typeof AgentIdParams, Q extends TSchema = TSchema, B extends TSchema = TSchema>(spec: QcSpec<P, Q, B>) {
  return defineEndpoint({
    section: spec.section,
    name: spec.name,
    summary: spec.summary,
    method: spec.method,
    path: spec.path,
    auth: 'C4',
    envelope: gatewayEnvelope,
    params: spec.params ?? AgentIdParams,
    ...(spec.query ? { query: spec.query } : {}),
    ...(spec.body ? { body: spec.body } : {}),
    ...(spec.invalidParameterCode ? { invalidParameterCode: spec.invalidParameterCode } : {}),
    ...(spec.gaps ? { gaps: spec.gaps } : {}),
    response: EmptyResult,
    errors: spec.errors,
    async handler({ params, query, body, services, request }) {
      const { engine, workNo } = signedInEngine(request);
      const scope = await inspectionScope(services, engine);
      const context = { engine, inspectorWorkNo: workNo, scope, params: params as Static<P>, query: query as Static<Q>, body: body as Static<B> };
      await runCommand(services, engine, () => spec.command(context));
      return { message: '', result: {} };
    },
  });
}
