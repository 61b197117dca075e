import { Type } from '@sinclair/typebox';
import { returnCodeEnvelope } from '../../http/envelope/index.ts';
import { modifyCalledRoute as modifyCalledRouteService } from '../../services/numbers/called-route-service.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOf } from '../config-skills/require-tenant.ts';
import { calledRouteFailure } from './number-errors.ts';

/**
 * CEC §5.3.4 (ref L5910–5991): points a called route of the token's tenant, named by its long id,
 * at another skill queue or IVR flow, under the rules of §5.3.2.
 */
export const modifyCalledRoute = defineEndpoint({
  section: '5.3.4',
  name: 'calledRoute/modifyCalledRoute',
  summary: 'Change the target of an access-code binding',
  method: 'POST',
  path: '/apiaccess/rest/cc-management/v1/calledRoute/modifyCalledRoute',
  auth: 'C1',
  envelope: returnCodeEnvelope,
  body: Type.Object({
    id: Type.String({ minLength: 1, maxLength: 32, description: 'the route id queryCalledRoute returns' }),
    devicetype: Type.Integer({ description: '1 skill queue, 3 IVR flow' }),
    deviceid: Type.Integer({ description: 'skill id or IVR flow id' }),
  }),
  response: Type.Object({}),
  async handler({ body, auth, services }) {
    const vdnId = tenantOf(auth, returnCodeEnvelope);
    const modified = await modifyCalledRouteService(services, vdnId, body.id, body.devicetype, body.deviceid);
    if (!modified.ok) throw calledRouteFailure(modified.rejection);
    return { description: 'data update success' };
  },
});
