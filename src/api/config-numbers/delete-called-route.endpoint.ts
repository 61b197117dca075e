import { Type } from '@sinclair/typebox';
import { limits } from '../../app/limits.ts';
import { returnCodeEnvelope } from '../../http/envelope/index.ts';
import { deleteCalledRoutes } from '../../services/numbers/called-route-service.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOf } from '../config-skills/require-tenant.ts';
import { calledRouteFailure } from './number-errors.ts';

/**
 * CEC §5.3.3 (ref L5818–5908): deletes called routes of the token's tenant by their dnids (the
 * small configuration ids), at most 1000. The reply's `data.id` lists the deleted routes' long ids
 * and `data.name` their numbers; `content` reports a partial success (ref L5861).
 */
export const deleteCalledRoute = defineEndpoint({
  section: '5.3.3',
  name: 'calledRoute/deleteCalledRoute',
  summary: 'Delete bindings of access codes',
  method: 'POST',
  path: '/apiaccess/rest/cc-management/v1/calledRoute/deleteCalledRoute',
  auth: 'C1',
  envelope: returnCodeEnvelope,
  body: Type.Object({
    // One string as documented; an array of dnids is accepted too.
    dnids: Type.Union([Type.String({ maxLength: 20_000 }), Type.Array(Type.String({ maxLength: 16 }), { maxItems: limits.deleteRouteIdsMax + 1 })], {
      description: 'dnids separated by commas; at most 1000',
    }),
  }),
  response: Type.Object({ data: Type.Object({ id: Type.String(), name: Type.String(), content: Type.String() }) }),
  async handler({ body, auth, services }) {
    const vdnId = tenantOf(auth, returnCodeEnvelope);
    const dnids = Array.isArray(body.dnids) ? body.dnids.join(',') : body.dnids;
    const deleted = await deleteCalledRoutes(services, vdnId, dnids, limits.deleteRouteIdsMax);
    if (!deleted.ok) throw calledRouteFailure(deleted.rejection);
    return { data: deleted.value.data, description: 'data delete success' };
  },
});
