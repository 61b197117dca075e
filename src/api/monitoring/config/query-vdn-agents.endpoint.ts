import { Type } from '@sinclair/typebox';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { vdnAgents } from '../../../services/cms-config/config-views.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { ccIdSchema, cmsTenant, vdnIdSchema } from '../cms-request.ts';
import { configErrors } from './config-schemas.ts';

/** {limit} is at most 100 (ref L61437). */
const pageLimitMax = 100;

/**
 * CEC §12.3.3.2 (ref L61419–L61518): every configured agent of a VDN, signed in or not, by work
 * number. `{offset}/{limit}` are optional but only together (a URL with one of them matches no
 * route); `count`, the VDN's total, is returned only when they are.
 */
export const queryVdnAgents = defineEndpoint({
  section: '12.3.3.2',
  name: 'configures/agents',
  summary: 'Querying information about all agents by VDN ID',
  method: 'GET',
  path: '/rest/cmsapp/v1/openapi/configures/agents/{ccld}/{vdn}/{offset}/{limit}',
  pathAliases: ['/rest/cmsapp/v1/openapi/configures/agents/{ccld}/{vdn}'],
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  params: Type.Object({
    ccld: ccIdSchema,
    vdn: vdnIdSchema,
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 2_147_483_647 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: pageLimitMax })),
  }),
  response: Type.Object({
    count: Type.Optional(Type.Integer()),
    resultDesc: Type.Array(Type.Object({ agentNo: Type.String(), agentName: Type.String(), roleId: Type.String(), skillId: Type.String() })),
  }),
  errors: configErrors,
  async handler({ params, auth, services }) {
    const vdnId = await cmsTenant(services, auth, { ccId: params.ccld, vdn: params.vdn });
    const page = params.offset !== undefined && params.limit !== undefined ? { offset: params.offset, limit: params.limit } : undefined;
    const { items, count } = await vdnAgents(services.repos, vdnId, page);
    return page ? { count, resultDesc: items } : { resultDesc: items };
  },
});
