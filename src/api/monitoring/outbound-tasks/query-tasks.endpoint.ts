import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { listTasks } from '../../../services/outbound/statistics/task-statistics.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { ccIdSchema, cmsKeyAliases, cmsTenant, vdnIdSchema } from '../cms-request.ts';

/**
 * CEC §12.3.5.1 (ref L62822–L62935): the tenant's outbound tasks — its CC-iSales campaigns, with
 * Table 12-640's type codes and the campaign status of chapter 7 — paged by limit (default 10,
 * ≤100) and offset; `count` is every task of the tenant.
 */
export const queryTasks = defineEndpoint({
  section: '12.3.5.1',
  name: 'fromisales/querytasks',
  summary: 'Querying the outbound call task list of a tenant',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/fromisales/querytasks',
  auth: 'C2-any',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({
    ccId: Type.Optional(ccIdSchema),
    vdn: vdnIdSchema,
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 10 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  }),
  response: Type.Object({
    resultDesc: Type.Object({
      count: Type.Integer(),
      tasks: Type.Array(Type.Object({ taskId: Type.String(), taskName: Type.String(), taskType: Type.String(), beginDate: Type.String(), endDate: Type.String(), status: Type.String() })),
    }),
  }),
  errors: ['0100002', '0101003'],
  async handler({ body, auth, services }) {
    const vdnId = await cmsTenant(services, auth, body);
    return { resultDesc: await listTasks(services.repos, vdnId, body.offset ?? 0, body.limit ?? 10) };
  },
});
