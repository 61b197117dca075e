import { Type } from '@sinclair/typebox';
import { limits } from '../../app/limits.ts';
import { resolvePage } from '../../domain/config/paging.ts';
import { returnCodeEnvelope } from '../../http/envelope/index.ts';
import { queryCalledRoutes } from '../../services/numbers/number-queries.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOf } from '../config-skills/require-tenant.ts';
import { configFailure, describePagingRejection } from '../config-skills/skill-errors.ts';
import { describeNumberQueryRejection } from './number-errors.ts';
import { CalledRouteView, mediaTypeDescription, optionalInteger, pagingFields } from './number-schemas.ts';

/**
 * CEC §5.3.5 (ref L5993–6138): the called routes of the token's tenant. The table spells the media
 * filter `mediaTypeeld` (ref L6024) and the example `mediatypeld` (ref L6087); both are accepted.
 */
export const queryCalledRoute = defineEndpoint({
  section: '5.3.5',
  name: 'calledRoute/queryCalledRoute',
  summary: 'Query access-code bindings',
  method: 'POST',
  path: '/apiaccess/rest/cc-management/v1/calledRoute/queryCalledRoute',
  auth: 'C1',
  envelope: returnCodeEnvelope,
  body: Type.Object({
    accessCode: Type.Optional(Type.String({ maxLength: 32 })),
    extCode: Type.Optional(Type.String({ maxLength: 12 })),
    devicetype: optionalInteger('1 skill queue, 3 IVR flow'),
    deviceDesc: Type.Optional(Type.String({ maxLength: 64, description: 'fuzzy' })),
    mediaTypeId: optionalInteger(mediaTypeDescription),
    ...pagingFields,
  }),
  keyAliases: { mediaTypeId: ['mediaTypeeId', 'mediaTypeeld'] },
  response: Type.Object({ data: Type.Object({ total: Type.Integer(), calledRouteList: Type.Array(CalledRouteView) }) }),
  async handler({ body, auth, services }) {
    const vdnId = tenantOf(auth, returnCodeEnvelope);
    const page = resolvePage(body, limits.pageSizeMax);
    if (!page.ok) throw configFailure(describePagingRejection(page.rejection));
    const result = await queryCalledRoutes(services.repos, vdnId, body, page.value);
    if (!result.ok) throw configFailure(describeNumberQueryRejection(result.rejection));
    return { data: result.value, description: 'success' };
  },
});
