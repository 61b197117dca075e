import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { ccIdSchema, vdnIdSchema } from '../cms-request.ts';
import { qcErrors, qcTenant } from './qc-request.ts';

/**
 * CEC §12.3.4.4 (ref L62176–L62271): every user group of a VDN, oldest first. "The ccId parameter
 * is optional" (ref L62186): `/queryallccgroup/{vdn}` reads the default call center.
 */
export const queryAllCcGroup = defineEndpoint({
  section: '12.3.4.4',
  name: 'qcrelationconf/queryallccgroup',
  summary: 'Querying all user groups',
  method: 'GET',
  path: '/rest/cmsapp/v1/openapi/qcrelationconf/queryallccgroup/{ccld}/{vdn}',
  pathAliases: ['/rest/cmsapp/v1/openapi/qcrelationconf/queryallccgroup/{vdn}'],
  auth: 'C2-any',
  envelope: cmsEnvelope,
  params: Type.Object({ ccld: Type.Optional(ccIdSchema), vdn: vdnIdSchema }),
  response: Type.Object({
    resultDesc: Type.Array(Type.Object({ groupName: Type.String(), groupType: Type.Integer(), remark: Type.Optional(Type.String()), id: Type.String() })),
  }),
  errors: qcErrors,
  async handler({ params, auth, services }) {
    const vdnId = await qcTenant(services, auth, { ccId: params.ccld, vdn: params.vdn });
    const groups = await services.repos.inspectionGroups.listGroups(vdnId);
    return {
      resultDesc: groups.map((g) => ({ groupName: g.groupName, ...(g.remark === null ? {} : { remark: g.remark }), groupType: g.groupType, id: g.id })),
    };
  },
});
