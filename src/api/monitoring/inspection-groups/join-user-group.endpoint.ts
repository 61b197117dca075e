import { Type } from '@sinclair/typebox';
import { joinRetcodes } from '../../../domain/inspection-groups/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import { cmsRetcodeEnvelope } from '../../../http/envelope/index.ts';
import { joinUserGroup as joinGroup } from '../../../services/inspection-relations/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { ccIdSchema, cmsKeyAliases, vdnIdSchema } from '../cms-request.ts';
import { groupIdSchema, qcTenant, qcWorkNoSchema } from './qc-request.ts';

/** The retcode envelope's code for a call center or VDN the caller cannot use (decision 0821). */
export async function retcodeTenant(services: Parameters<typeof qcTenant>[0], auth: Parameters<typeof qcTenant>[1], request: { ccId?: number | undefined; vdnId: number }) {
  try {
    return await qcTenant(services, auth, { ccId: request.ccId, vdn: request.vdnId });
  } catch (error) {
    if (error instanceof CecError) throw new CecError(joinRetcodes.tenantMismatch, 'ccid and vdnid of the VDN user do not match.');
    throw error;
  }
}

/**
 * CEC §12.3.4.10 (ref L62625–L62729): moves an agent into a group (by id), or into a new group
 * created by name; end codes of Table 12-631. The example sends `"groupType":""`: empty is the
 * default, 2.
 */
export const joinUserGroup = defineEndpoint({
  section: '12.3.4.10',
  name: 'qcrelationconf/joinusergroup',
  summary: 'Adding an agent to a user group',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/qcrelationconf/joinusergroup',
  auth: 'C2-any',
  envelope: cmsRetcodeEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({
    ccId: Type.Optional(ccIdSchema),
    vdnId: vdnIdSchema,
    agentId: qcWorkNoSchema,
    groupId: Type.Optional(Type.Union([groupIdSchema, Type.Literal('')])),
    groupName: Type.Optional(Type.String({ maxLength: 100 })),
    groupType: Type.Optional(Type.Union([Type.Literal(2), Type.Literal(3), Type.Literal('')])),
  }),
  response: Type.Object({ result: Type.Object({ groupId: Type.String(), groupName: Type.String() }) }),
  errors: Object.values(joinRetcodes).filter((c) => c !== joinRetcodes.success),
  async handler({ body, auth, services }) {
    const vdnId = await retcodeTenant(services, auth, body);
    const groupType = body.groupType === undefined || body.groupType === '' ? 2 : body.groupType;
    const outcome = await joinGroup(services, vdnId, { agentId: body.agentId, groupId: body.groupId, groupName: body.groupName, groupType });
    if (!outcome.ok) throw new CecError(outcome.reason, outcome.message);
    return { result: outcome.value };
  },
});
