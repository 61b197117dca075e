import { Type } from '@sinclair/typebox';
import { resultCodeEnvelope } from '../../http/envelope/index.ts';
import { queryAgentAccounts } from '../../services/agent-accounts/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOf, unwrap } from './agent-errors.ts';
import { agentAccountItemSchema, agentTypeSchema, pageNumSchema } from './agent-schemas.ts';
import { agentAccountItem } from './agent-views.ts';

/**
 * CEC §5.1.4 (ref L3034–3181): one agent by userAccount (the other parameters are then ignored),
 * or a page of the tenant's agents with `total`.
 */
export const queryAgentAccountsEndpoint = defineEndpoint({
  section: '5.1.4',
  name: 'agentAccount/query',
  summary: 'Querying agent account information',
  method: 'POST',
  path: '/apiaccess/rest/cc-management/v1/agentAccount/query',
  auth: 'C1',
  envelope: resultCodeEnvelope,
  body: Type.Object({
    userAccount: Type.Optional(Type.String({ maxLength: 50, description: 'Agent account; mandatory without pageNum and pageSize' })),
    pageNum: Type.Optional(pageNumSchema),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, description: 'Page size; pages larger than 100 are served as 100' })),
    agentType: Type.Optional(Type.Array(agentTypeSchema, { description: 'Agent types to list' })),
    transparentDisplayFlag: Type.Optional(Type.Boolean({ description: 'Only agents with this anonymization flag' })),
  }),
  response: Type.Object({ data: Type.Array(agentAccountItemSchema), total: Type.Optional(Type.Integer()) }),
  errors: ['1'],
  async handler({ body, auth, services }) {
    const { agents, total } = unwrap(await queryAgentAccounts(services, tenantOf(auth, resultCodeEnvelope), body));
    // The single-account example (ref L3131–3147) carries no total; the page carries it (ref L3094).
    return { data: agents.map(agentAccountItem), resultMessage: 'get agent account info success', ...(total === undefined ? {} : { total }) };
  },
});
