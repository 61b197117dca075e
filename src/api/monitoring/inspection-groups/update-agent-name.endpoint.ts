import { Type } from '@sinclair/typebox';
import { CecError } from '../../../http/cec-error.ts';
import { cmsRetcodeEnvelope } from '../../../http/envelope/index.ts';
import { renameCmsAgent } from '../../../services/inspection-relations/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { ccIdSchema, cmsKeyAliases, vdnIdSchema } from '../cms-request.ts';
import { retcodeTenant } from './join-user-group.endpoint.ts';
import { qcWorkNoSchema } from './qc-request.ts';

/**
 * CEC §12.3.4.11 (ref L62730–L62820): the name the CMS shows for an agent of the VDN; retcode 0 or
 * 1. The VDN administrator, whose id is outside 0–99999 in OpenCEC, cannot be named. The reply
 * echoes what was set (note 08 A-40), `agentId` as a string like the example.
 */
export const updateAgentGroup = defineEndpoint({
  section: '12.3.4.11',
  name: 'qcrelationconf/updateagentgroup',
  summary: 'Updating agent names',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/qcrelationconf/updateagentgroup',
  auth: 'C2-any',
  envelope: cmsRetcodeEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({ ccId: Type.Optional(ccIdSchema), vdnId: vdnIdSchema, agentId: qcWorkNoSchema, agentName: Type.String({ minLength: 1, maxLength: 100 }) }),
  response: Type.Object({ result: Type.Object({ agentId: Type.String(), ccId: Type.Integer(), vdnId: Type.Integer(), agentName: Type.String() }) }),
  errors: ['1'],
  async handler({ body, auth, services }) {
    let vdnId: number;
    try {
      vdnId = await retcodeTenant(services, auth, body);
    } catch (error) {
      if (error instanceof CecError) throw new CecError('1', error.message);
      throw error;
    }
    const outcome = await renameCmsAgent(services, vdnId, body.agentId, body.agentName);
    if (!outcome.ok) throw new CecError('1', outcome.message);
    return { result: { agentId: String(body.agentId), ccId: services.settings.callCenterId, vdnId, agentName: body.agentName } };
  },
});
