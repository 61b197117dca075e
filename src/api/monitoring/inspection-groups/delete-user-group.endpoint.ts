import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { deleteUserGroup as deleteGroup } from '../../../services/inspection-relations/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { groupIdSchema, qcErrors, qcOutcome, qcTenant, qcTenantFields } from './qc-request.ts';

/** CEC §12.3.4.6 (ref L62345–L62411): deletes a group with its members and its inspection relations. */
export const deleteUserGroup = defineEndpoint({
  section: '12.3.4.6',
  name: 'qcrelationconf/deleteusergroup',
  summary: 'Deleting a user group',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/qcrelationconf/deleteusergroup',
  auth: 'C2-any',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({ ...qcTenantFields, id: groupIdSchema }),
  response: Type.Object({ resultDesc: Type.String() }),
  errors: qcErrors,
  async handler({ body, auth, services }) {
    const vdnId = await qcTenant(services, auth, body);
    qcOutcome(await deleteGroup(services, vdnId, body.id));
    return { resultDesc: 'Deleted successfully' };
  },
});
