import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { deleteGroupMembers } from '../../../services/inspection-relations/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { qcErrors, qcOutcome, qcTenant, qcTenantFields, qcWorkNosSchema } from './qc-request.ts';

/**
 * CEC §12.3.4.2 (ref L62038–L62104): the agents leave their groups; without `workNos` (or with an
 * empty list) every group member of the tenant leaves (ref L62068).
 */
export const batchDeleteGroupMember = defineEndpoint({
  section: '12.3.4.2',
  name: 'qcrelationconf/batchdeletegroupmember',
  summary: 'Deleting members from a group in batches',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/qcrelationconf/batchdeletegroupmember',
  auth: 'C2-any',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({ ...qcTenantFields, workNos: Type.Optional(qcWorkNosSchema) }),
  response: Type.Object({ resultDesc: Type.String() }),
  errors: qcErrors,
  async handler({ body, auth, services }) {
    const vdnId = await qcTenant(services, auth, body);
    qcOutcome(await deleteGroupMembers(services, vdnId, body.workNos));
    return { resultDesc: 'Deleted successfully' };
  },
});
