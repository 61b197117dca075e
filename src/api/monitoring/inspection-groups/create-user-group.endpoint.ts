import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { createUserGroup as createGroup } from '../../../services/inspection-relations/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { groupNameSchema, qcErrors, qcOutcome, qcTenant, qcTenantFields, qcWorkNosSchema, remarkSchema } from './qc-request.ts';

/**
 * CEC §12.3.4.5 (ref L62272–L62344): a new agent group (2) or inspector group (3), optionally with
 * members. The reply carries no id (ref L62339): clients read it back with queryallccgroup.
 */
export const createUserGroup = defineEndpoint({
  section: '12.3.4.5',
  name: 'qcrelationconf/createusergroup',
  summary: 'Adding a user group',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/qcrelationconf/createusergroup',
  auth: 'C2-any',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({
    ...qcTenantFields,
    groupName: groupNameSchema,
    groupType: Type.Union([Type.Literal(2), Type.Literal(3)]),
    remark: Type.Optional(remarkSchema),
    workNos: Type.Optional(qcWorkNosSchema),
  }),
  response: Type.Object({ resultDesc: Type.String() }),
  errors: qcErrors,
  async handler({ body, auth, services }) {
    const vdnId = await qcTenant(services, auth, body);
    qcOutcome(await createGroup(services, vdnId, body));
    return { resultDesc: 'Added successfully' };
  },
});
