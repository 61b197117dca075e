import { Type } from '@sinclair/typebox';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { ccIdSchema, cmsFailure, cmsKeyAliases } from '../cms-request.ts';
import { systemErrors } from './system-request.ts';

/**
 * CEC §12.3.6.7 (ref L63990–L64054): the CTI server's UTC time in ms. The CTI of OpenCEC is the
 * server itself, so this is the server clock (the virtual clock when simulating).
 */
export const ctiServerTime = defineEndpoint({
  section: '12.3.6.7',
  name: 'configures/ctiservertime',
  summary: 'Querying the time of the CTI platform server',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/configures/ctiservertime',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({ ccId: ccIdSchema }),
  response: Type.Object({ resultDesc: Type.Integer() }),
  errors: systemErrors,
  handler({ body, services }) {
    if (body.ccId !== services.settings.callCenterId) throw cmsFailure('invalidParameter', 'ccId does not exist');
    return { resultDesc: services.clock.now() };
  },
});
