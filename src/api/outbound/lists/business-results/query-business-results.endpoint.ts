import { Type } from '@sinclair/typebox';
import { isalesEnvelope } from '../../../../http/envelope/index.ts';
import { businessResultPage } from '../../../../services/outbound/lists/business-results.ts';
import { defineEndpoint } from '../../../define-endpoint.ts';
import { isalesVdnParams } from '../../isales-request.ts';
import { genericListErrors, listHandler, pageOf, pageQuery } from '../lists-request.ts';

/** CEC §7.1.13 queryBusinessResults (ref L24422): the VDN's business-result tree, a page of parents at a time. */
export const queryBusinessResultsEndpoint = defineEndpoint({
  section: '7.1.13',
  name: 'queryBusinessResults',
  summary: 'Querying the definitions of outbound call business results',
  method: 'GET',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/queryBusinessResults?pageSize={pageSize}&pageNum={pageNum}',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: isalesVdnParams,
  query: pageQuery,
  response: Type.Object({ data: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), defLevel: Type.String(), children: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), defLevel: Type.String() })) })), totalCount: Type.Integer() }),
  errors: genericListErrors,
  handler: ({ params, query, auth, services }) =>
    listHandler(auth, params.vdnId, async (vdnId) => {
      const { offset, limit } = pageOf(query);
      return { ...(await businessResultPage(services.repos, vdnId, offset, limit)), resultDesc: 'queryBusinessResults Success!' };
    }),
});
