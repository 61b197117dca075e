import { Type } from '@sinclair/typebox';
import { limits } from '../../app/limits.ts';
import { resolvePage } from '../../domain/config/paging.ts';
import { returnCodeEnvelope } from '../../http/envelope/index.ts';
import { queryAccessCodes } from '../../services/numbers/number-queries.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOf } from '../config-skills/require-tenant.ts';
import { configFailure, describePagingRejection } from '../config-skills/skill-errors.ts';
import { describeNumberQueryRejection } from './number-errors.ts';
import { AccessCodeView, mediaTypeDescription, optionalInteger, pagingFields } from './number-schemas.ts';

/**
 * CEC §5.3.1 (ref L5614–5723): the access codes (hotlines) of the token's tenant. The list is
 * named `calledRouteList` even for access codes, as the reference prints it (ref L5656).
 */
export const queryAccessCodeList = defineEndpoint({
  section: '5.3.1',
  name: 'accessCodeInfo/queryAccessCodeList',
  summary: 'Query access codes',
  method: 'POST',
  path: '/apiaccess/rest/cc-management/v1/accessCodeInfo/queryAccessCodeList',
  auth: 'C1',
  envelope: returnCodeEnvelope,
  body: Type.Object({
    accessCode: Type.Optional(Type.String({ maxLength: 32, description: 'fuzzy' })),
    mediatypeId: optionalInteger(mediaTypeDescription),
    description: Type.Optional(Type.String({ maxLength: 200, description: 'fuzzy' })),
    ...pagingFields,
  }),
  response: Type.Object({ data: Type.Object({ total: Type.Integer(), calledRouteList: Type.Array(AccessCodeView) }) }),
  async handler({ body, auth, services }) {
    const vdnId = tenantOf(auth, returnCodeEnvelope);
    const page = resolvePage(body, limits.pageSizeMax);
    if (!page.ok) throw configFailure(describePagingRejection(page.rejection));
    const result = await queryAccessCodes(services.repos, vdnId, body, page.value);
    if (!result.ok) throw configFailure(describeNumberQueryRejection(result.rejection));
    return { data: result.value, description: 'success' };
  },
});
