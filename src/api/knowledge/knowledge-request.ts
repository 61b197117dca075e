import { Type, type Static, type TObject, type TProperties, type TSchema } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import type { HandlerContext } from '../../http/endpoint.ts';
import { returnCodeEnvelope } from '../../http/envelope/index.ts';
import type { KnowledgeOutcome } from '../../services/knowledge/index.ts';
import { tenantSetting } from '../../services/tenant-settings/index.ts';
import type { ApiServices } from '../services.ts';
import { defineEndpoint, type ApiEndpoint } from '../define-endpoint.ts';

/** Who a knowledge request acts for: the VDN, and the tenant id the replies show (`tenantId`). */
export interface KnowledgeTenant {
  vdnId: number;
  tenantId: string;
}

/** The body fields of the AK/SK copies: "mandatory for AK/SK authentication" (Table 9-6 #7–8). */
const akskFields = { cclId: Type.Integer({ minimum: 0 }), vdn: Type.Integer({ minimum: 1, maximum: 9999 }) };

export interface KnowledgeInterface<P extends TProperties> {
  section: string;
  name: string;
  summary: string;
  /** The SIA path; the AK/SK copy is the same path with `ByAKSK` appended (ref L31664–31666). */
  path: string;
  body: P;
  response: TSchema;
  keyAliases?: Readonly<Record<string, readonly string[]>>;
  gaps?: string;
  handler(ctx: HandlerContext<ApiServices, Static<TObject<P>>, unknown, unknown>, tenant: KnowledgeTenant): Promise<Record<string, unknown>>;
}

/** A knowledge failure: `returnCode "1"` with the reason (Table 9-7; decision 0901). */
export function knowledgeValue<T>(outcome: KnowledgeOutcome<T>): T {
  if (!outcome.ok) throw new CecError('1', outcome.message);
  return outcome.value;
}

/**
 * Both copies of one iKBS interface (CEC §9.2): the SIA-token path and the `ByAKSK` path, whose
 * body also names the call center (`cclId`, also spelled `cclid`) and the VDN, which must be the
 * signing key's (note 05 §5.1.2). Replies are `{returnCode, description, ...}` (the examples'
 * field; the tables say `resultCode`, note 05 §8.5 #1).
 */
export function knowledgeInterface<P extends TProperties>(spec: KnowledgeInterface<P>): ApiEndpoint[] {
  const common = { section: spec.section, summary: spec.summary, method: 'POST' as const, envelope: returnCodeEnvelope, response: spec.response, errors: ['1'], keyAliases: spec.keyAliases, gaps: spec.gaps };
  const sia = defineEndpoint({
    ...common,
    name: spec.name,
    path: spec.path,
    auth: 'SIA',
    body: Type.Object({ ...spec.body, cclId: Type.Optional(akskFields.cclId), vdn: Type.Optional(akskFields.vdn) }),
    async handler(ctx) {
      const vdnId = ctx.auth.vdnId!;
      return spec.handler(ctx as never, { vdnId, tenantId: ctx.auth.subject });
    },
  });
  const aksk = defineEndpoint({
    ...common,
    name: `${spec.name}ByAKSK`,
    path: `${spec.path}ByAKSK`,
    auth: 'C2',
    body: Type.Object({ ...spec.body, ...akskFields }),
    async handler(ctx) {
      const body = ctx.body as unknown as { cclId: number; vdn: number };
      if (body.cclId !== ctx.services.settings.callCenterId) throw new CecError('1', `call center ${body.cclId} does not exist`);
      if (body.vdn !== ctx.auth.vdnId) throw new CecError('1', `VDN ${body.vdn} is not the VDN of the access key`);
      const space = await tenantSetting(ctx.services.repos, body.vdn, 'tenantSpaceId');
      return spec.handler(ctx as never, { vdnId: body.vdn, tenantId: typeof space === 'string' && space !== '' ? space : String(body.vdn) });
    },
  });
  return [sia, aksk];
}

/** The origin clients reached this server at, for URLs it hands out. */
export function requestOrigin(ctx: { request: { protocol: string; headers: Record<string, unknown> }; services: ApiServices }): string {
  const host = typeof ctx.request.headers.host === 'string' ? ctx.request.headers.host : `${ctx.services.settings.serviceHost}:${ctx.services.settings.servicePort}`;
  return `${ctx.request.protocol}://${host}`;
}
