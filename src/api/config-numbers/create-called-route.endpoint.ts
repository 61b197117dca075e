import { Type } from '@sinclair/typebox';
import { returnCodeEnvelope } from '../../http/envelope/index.ts';
import { createCalledRoute as createCalledRouteService } from '../../services/numbers/called-route-service.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOf } from '../config-skills/require-tenant.ts';
import { calledRouteFailure } from './number-errors.ts';
import { mediaTypeDescription, optionalInteger } from './number-schemas.ts';

/**
 * CEC §5.3.2 (ref L5725–5816): binds an access code of the token's tenant, with an optional
 * extension code, to a skill queue (devicetype 1) or an IVR flow (devicetype 3). The example sends
 * `deviceId` where the table says `deviceid`; keys match case-insensitively.
 */
export const createCalledRoute = defineEndpoint({
  section: '5.3.2',
  name: 'calledRoute/createCalledRoute',
  summary: 'Bind an access code to a skill queue or IVR flow',
  method: 'POST',
  path: '/apiaccess/rest/cc-management/v1/calledRoute/createCalledRoute',
  auth: 'C1',
  envelope: returnCodeEnvelope,
  body: Type.Object({
    accessCode: Type.String({ minLength: 1, maxLength: 32 }),
    extCode: Type.Optional(Type.String({ maxLength: 12, description: 'digits dialled after the access code' })),
    mediaTypeId: optionalInteger(`${mediaTypeDescription}; default: the skill queue's, else 5`),
    devicetype: Type.Integer({ description: '1 skill queue, 3 IVR flow' }),
    deviceid: Type.Integer({ description: 'skill id or IVR flow id' }),
  }),
  response: Type.Object({}),
  async handler({ body, auth, services }) {
    const vdnId = tenantOf(auth, returnCodeEnvelope);
    const created = await createCalledRouteService(services, vdnId, body);
    if (!created.ok) throw calledRouteFailure(created.rejection);
    return { description: 'data create success' };
  },
});
