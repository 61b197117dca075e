import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { queryGroupMembers } from '../../../services/inspection-relations/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { groupIdSchema, qcErrors, qcOutcome, qcTenant, qcTenantFields, qcWorkNoSchema } from './qc-request.ts';

/** CEC §12.3.4.1 (ref L61934–L62037): one page of a user group's members, optionally one agent. */
export const queryGroupMember = defineEndpoint({
  section: '12.3.4.1',
  name: 'qcrelationconf/querygroupmemberbycondition',
  summary: 'Querying a user group member',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/qcrelationconf/querygroupmemberbycondition',
  auth: 'C2-any',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({
    ...qcTenantFields,
    groupId: groupIdSchema,
    workNo: Type.Optional(qcWorkNoSchema),
    limit: Type.Integer({ minimum: 1, maximum: 100 }),
    offset: Type.Integer({ minimum: 0, maximum: 2_147_483_647 }),
  }),
  response: Type.Object({
    resultDesc: Type.Array(
      Type.Object({ workNo: Type.Integer(), accountCode: Type.String(), groupName: Type.String(), accountName: Type.String(), ccRoleId: Type.Integer(), id: Type.String() }),
    ),
  }),
  errors: qcErrors,
  async handler({ body, auth, services }) {
    const vdnId = await qcTenant(services, auth, body);
    return { resultDesc: qcOutcome(await queryGroupMembers(services.repos, vdnId, body)) };
  },
});
