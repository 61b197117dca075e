import { Type } from '@sinclair/typebox';
import { obsResultCodes } from '../../../../domain/outbound/lists/obs-result-codes.ts';
import { optionalText, requiredList, requiredText } from '../../../../domain/outbound/lists/isales-fields.ts';
import { isalesEnvelope } from '../../../../http/envelope/index.ts';
import { createExternalResult, deleteExternalResult, externalResultDetail, updateExternalResult } from '../../../../services/outbound/lists/external-results.ts';
import { defineEndpoint } from '../../../define-endpoint.ts';
import { isalesVdnIdSchema, isalesVdnParams } from '../../isales-request.ts';
import { genericListErrors, listHandler, pageOf, pageQuery } from '../lists-request.ts';

const defParams = Type.Object({ vdnId: isalesVdnIdSchema, defId: Type.String({ pattern: '^[0-9]{1,30}$' }) });
const lock = (vdnId: number) => `isales-external-results:${vdnId}`;

function mapping(body: { displayResult?: string; obsCodes?: string[] }) {
  return {
    displayResult: requiredText('displayResult', body.displayResult, { max: 200 }),
    obsCodes: requiredList('obsCodes', body.obsCodes).map((c, i) => requiredText(`obsCodes[${i}]`, c, { max: 5, pattern: /^\d{5}$/ })),
  };
}

/** CEC §7.9.1 queryOBSResultCode (ref L28868): the OBS result-code catalogue, a page at a time. */
export const queryObsResultCodesEndpoint = defineEndpoint({
  section: '7.9.1',
  name: 'queryOBSResultCode',
  summary: 'Querying OBS outbound call result codes',
  method: 'GET',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/queryOBSResultCode?pageSize={pageSize}&pageNum={pageNum}',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: isalesVdnParams,
  query: pageQuery,
  response: Type.Object({ obsCodes: Type.Array(Type.Object({ obsCodeDesc: Type.String(), obsCode: Type.String() })), totalCount: Type.Integer() }),
  errors: genericListErrors,
  handler: ({ params, query, auth }) =>
    listHandler(auth, params.vdnId, async () => {
      const { offset, limit } = pageOf(query);
      const obsCodes = obsResultCodes.slice(offset, offset + limit).map((c) => ({ obsCodeDesc: c.obsCodeDesc, obsCode: c.obsCode }));
      return { obsCodes, totalCount: obsResultCodes.length, resultDesc: 'query queryOBSResultCode Success!' };
    }),
});

/** CEC §7.9.2 createObResult (ref L28982). */
export const createObResultEndpoint = defineEndpoint({
  section: '7.9.2',
  name: 'createObResult',
  summary: 'Creating an external result',
  method: 'POST',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/createObResult',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: isalesVdnParams,
  body: Type.Object({ resultCode: Type.Optional(Type.String({ description: 'fewer than 8 characters' })), displayResult: Type.Optional(Type.String()), obsCodes: Type.Optional(Type.Array(Type.String())) }),
  response: Type.Object({ defId: Type.String() }),
  errors: genericListErrors,
  handler: ({ params, body, auth, services }) =>
    listHandler(auth, params.vdnId, async (vdnId) => {
      const resultCode = optionalText('resultCode', body.resultCode, { max: 7, pattern: /^[A-Za-z0-9_-]+$/ });
      const input = mapping(body);
      const defId = await services.tenantLocks.run(lock(vdnId), () => createExternalResult(services.repos, vdnId, resultCode, input, services.clock.now()));
      return { defId, resultDesc: 'createObResult Success!' };
    }),
});

/** CEC §7.9.3 updateObResult (ref L29082). */
export const updateObResultEndpoint = defineEndpoint({
  section: '7.9.3',
  name: 'updateObResult',
  summary: 'Modifying an external result',
  method: 'POST',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/updateObResult',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: isalesVdnParams,
  body: Type.Object({ defId: Type.Optional(Type.String()), displayResult: Type.Optional(Type.String()), obsCodes: Type.Optional(Type.Array(Type.String())) }),
  response: Type.Object({}),
  errors: genericListErrors,
  handler: ({ params, body, auth, services }) =>
    listHandler(auth, params.vdnId, async (vdnId) => {
      const defId = requiredText('defId', body.defId, { max: 30, pattern: /^\d+$/ });
      const input = mapping(body);
      await services.tenantLocks.run(lock(vdnId), () => updateExternalResult(services.repos, vdnId, defId, input));
      return { resultDesc: 'updateObsResult Success!' };
    }),
});

/** CEC §7.9.4 {defId}/deleteObsResult (ref L29178). */
export const deleteObsResultEndpoint = defineEndpoint({
  section: '7.9.4',
  name: 'deleteObsResult',
  summary: 'Deleting an external result',
  method: 'DELETE',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/{defId}/deleteObsResult',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: defParams,
  response: Type.Object({}),
  errors: genericListErrors,
  handler: ({ params, auth, services }) =>
    listHandler(auth, params.vdnId, async (vdnId) => {
      await services.tenantLocks.run(lock(vdnId), () => deleteExternalResult(services.repos, vdnId, params.defId));
      return { resultDesc: 'delete ObResult success' };
    }),
});

/** CEC §7.9.5 queryOBSResults (ref L29264): the VDN's external results. */
export const queryObsResultsEndpoint = defineEndpoint({
  section: '7.9.5',
  name: 'queryOBSResults',
  summary: 'Querying the external result list',
  method: 'GET',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/queryOBSResults?pageSize={pageSize}&pageNum={pageNum}',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: isalesVdnParams,
  query: pageQuery,
  response: Type.Object({ data: Type.Array(Type.Object({ displayResult: Type.String(), resultCode: Type.String(), defId: Type.String() })), totalCount: Type.Integer() }),
  errors: genericListErrors,
  handler: ({ params, query, auth, services }) =>
    listHandler(auth, params.vdnId, async (vdnId) => {
      const { offset, limit } = pageOf(query);
      const { rows, count } = await services.repos.isalesExternalResults.page(vdnId, offset, limit);
      return { data: rows.map((r) => ({ displayResult: r.displayResult, resultCode: r.resultCode, defId: r.defId })), totalCount: count, resultDesc: 'query outboundResult success' };
    }),
});

/** CEC §7.9.6 {defId}/queryObsResultDetail (ref L29373). */
export const queryObsResultDetailEndpoint = defineEndpoint({
  section: '7.9.6',
  name: 'queryObsResultDetail',
  summary: 'Querying a single external result',
  method: 'GET',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/{defId}/queryObsResultDetail',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: defParams,
  response: Type.Object({ obResult: Type.Object({}, { additionalProperties: true }) }),
  errors: genericListErrors,
  handler: ({ params, auth, services }) =>
    listHandler(auth, params.vdnId, async (vdnId) => ({ obResult: await externalResultDetail(services.repos, vdnId, params.defId), resultDesc: 'queryObsResultDetail success' })),
});
