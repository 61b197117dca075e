import { Type } from '@sinclair/typebox';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases, cmsTenant } from '../cms-request.ts';
import { VdnBody, vdnErrors } from './vdn-request.ts';

const Item = Type.Object({
  id: Type.Integer({ description: 'IVR flow ID' }),
  serviceNo: Type.Integer({ description: 'Business type' }),
  realFlag: Type.Integer({ description: '1 real queue, 2 virtual queue' }),
  accessNo: Type.String(),
  description: Type.String(),
});

/**
 * CEC §12.3.1.1.8 queryivrprocessinnoinfo (ref L54504–L54618): the IVR flows of the VDN with their
 * access codes, by flow ID. Every flow of the simulated IVR is a real one (realFlag 1).
 */
export const queryIvrProcessInnoInfo = defineEndpoint({
  section: '12.3.1.1.8',
  name: 'vdn/queryivrprocessinnoinfo',
  summary: 'Querying information about IVR flow access codes in a specified VDN',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/vdn/queryivrprocessinnoinfo',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: VdnBody,
  response: Type.Object({ resultDesc: Type.Array(Item) }),
  errors: vdnErrors,
  async handler({ body, auth, services }) {
    const vdnId = await cmsTenant(services, auth, body);
    const flows = [...(await services.repos.ivr.listFlows(vdnId))].sort((a, b) => a.flowId - b.flowId);
    return { resultDesc: flows.map((f) => ({ id: f.flowId, serviceNo: f.serviceNo, realFlag: 1, accessNo: f.accessCode, description: f.description })) };
  },
});
