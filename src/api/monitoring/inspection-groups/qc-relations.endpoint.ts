import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { changeRelations } from '../../../services/inspection-relations/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { groupIdSchema, qcErrors, qcOutcome, qcTenant, qcTenantFields } from './qc-request.ts';

/**
 * Tables 12-622 / 12-625: `qcGroupId` is typed Integer but the example sends the 30-digit string
 * id (note 08 A-39), which a JSON number cannot carry exactly: a string is expected.
 */
const relationBody = Type.Object({ ...qcTenantFields, qcGroupId: groupIdSchema, inspectedGroupIds: Type.Array(groupIdSchema, { minItems: 1, maxItems: 1000 }) });

const relationEndpoint = (remove: boolean) => ({
  method: 'POST' as const,
  auth: 'C2-any' as const,
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: relationBody,
  response: Type.Object({ resultDesc: Type.String() }),
  errors: qcErrors,
  async handler({ body, auth, services }: { body: typeof relationBody.static; auth: Parameters<typeof qcTenant>[1]; services: Parameters<typeof qcTenant>[0] }) {
    const vdnId = await qcTenant(services, auth, body);
    qcOutcome(await changeRelations(services, vdnId, { qcGroupId: body.qcGroupId, inspectedGroupIds: body.inspectedGroupIds, remove }));
    return { resultDesc: remove ? 'Deleted successfully' : 'Configured successfully' };
  },
});

/** CEC §12.3.4.8 (ref L62483–L62551): the inspector group inspects the agent groups (idempotent). */
export const configQcRelation = defineEndpoint({
  section: '12.3.4.8',
  name: 'qcrelationconf/configqcrelation',
  summary: 'Setting inspection relationships',
  path: '/rest/cmsapp/v1/openapi/qcrelationconf/configqcrelation',
  ...relationEndpoint(false),
});

/** CEC §12.3.4.9 (ref L62552–L62624): removes those relations. */
export const deleteQcRelationConf = defineEndpoint({
  section: '12.3.4.9',
  name: 'qcrelationconf/deleteqcrelationconf',
  summary: 'Deleting configured inspection relationships',
  path: '/rest/cmsapp/v1/openapi/qcrelationconf/deleteqcrelationconf',
  ...relationEndpoint(true),
});
