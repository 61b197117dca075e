import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { addGroupMembers } from '../../../services/inspection-relations/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { groupIdSchema, qcErrors, qcOutcome, qcTenant, qcTenantFields, qcWorkNosSchema } from './qc-request.ts';

/**
 * CEC §12.3.4.3 (ref L62105–L62175): agents of the VDN join a group, leaving any other group (the
 * single-membership rule of joinusergroup, decision 0821); an unknown group or agent is 0101001.
 */
export const batchAddGroupMember = defineEndpoint({
  section: '12.3.4.3',
  name: 'qcrelationconf/batchaddgroupmember',
  summary: 'Adding members to a group in batches',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/qcrelationconf/batchaddgroupmember',
  auth: 'C2-any',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({ ...qcTenantFields, workNos: qcWorkNosSchema, groupId: groupIdSchema }),
  response: Type.Object({ resultDesc: Type.String() }),
  errors: qcErrors,
  async handler({ body, auth, services }) {
    const vdnId = await qcTenant(services, auth, body);
    qcOutcome(await addGroupMembers(services, vdnId, body.groupId, body.workNos));
    return { resultDesc: 'Added successfully' };
  },
});
