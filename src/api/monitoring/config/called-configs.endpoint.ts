import { Type } from '@sinclair/typebox';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { calledRoutes } from '../../../services/cms-config/config-views.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { ccIdSchema, cmsTenant, vdnIdSchema } from '../cms-request.ts';
import { configErrors } from './config-schemas.ts';

/** CEC §12.3.3.3 (ref L61519–L61617): the called routes of a VDN (access code + sub-code → device). */
export const calledConfigs = defineEndpoint({
  section: '12.3.3.3',
  name: 'configures/calledconfigs',
  summary: 'Obtaining all called routes in a VDN',
  method: 'GET',
  path: '/rest/cmsapp/v1/openapi/configures/calledconfigs/{ccld}/{vdn}',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  params: Type.Object({ ccld: ccIdSchema, vdn: vdnIdSchema }),
  response: Type.Object({
    resultDesc: Type.Array(
      Type.Object({
        ccId: Type.Integer(),
        vdnId: Type.Integer(),
        accessCode: Type.String(),
        subCode: Type.String(),
        deviceType: Type.String(),
        deviceName: Type.String(),
        deviceNo: Type.String(),
        dnid: Type.String(),
      }),
    ),
  }),
  errors: configErrors,
  async handler({ params, auth, services }) {
    const vdnId = await cmsTenant(services, auth, { ccId: params.ccld, vdn: params.vdn });
    return { resultDesc: await calledRoutes(services.repos, services.settings.callCenterId, vdnId) };
  },
});
