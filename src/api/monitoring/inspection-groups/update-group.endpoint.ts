import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { updateUserGroup } from '../../../services/inspection-relations/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { groupIdSchema, groupNameSchema, qcErrors, qcOutcome, qcTenant, qcTenantFields, remarkSchema } from './qc-request.ts';

/** CEC §12.3.4.7 (ref L62412–L62482): renames a group and, when given, replaces its remark. */
export const updateGroup = defineEndpoint({
  section: '12.3.4.7',
  name: 'qcrelationconf/updategroup',
  summary: 'Updating user group information',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/qcrelationconf/updategroup',
  auth: 'C2-any',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({ ...qcTenantFields, id: groupIdSchema, groupName: groupNameSchema, remark: Type.Optional(remarkSchema) }),
  response: Type.Object({ resultDesc: Type.String() }),
  errors: qcErrors,
  async handler({ body, auth, services }) {
    const vdnId = await qcTenant(services, auth, body);
    qcOutcome(await updateUserGroup(services, vdnId, body.id, body));
    return { resultDesc: 'Updated successfully' };
  },
});
