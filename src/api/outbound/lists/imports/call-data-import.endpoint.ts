import { Type } from '@sinclair/typebox';
import { fail } from '../../../../domain/outbound/lists/isales-fields.ts';
import { isalesEnvelope } from '../../../../http/envelope/index.ts';
import { startImport } from '../../../../services/outbound/lists/imports/import-tasks.ts';
import { defineEndpoint } from '../../../define-endpoint.ts';
import type { ApiServices } from '../../../services.ts';
import { isalesVdnIdSchema } from '../../isales-request.ts';
import { genericListErrors, listHandler } from '../lists-request.ts';
import { importAccepted, importBody, importQueryBody, importRequest, importTaskPage, importTaskPageSchema } from './import-request.ts';

const campaignParams = Type.Object({ vdnId: isalesVdnIdSchema, campaignId: Type.String({ pattern: '^[0-9]{1,10}$' }) });

/** The campaign must exist in the VDN and take numbers; the campaigns' call-data service decides. */
async function campaignAccepts(services: ApiServices, vdnId: number, campaignId: string): Promise<void> {
  const answer = await services.outboundCallData.campaignAcceptsImport(vdnId, campaignId);
  if (answer === 'notFound') fail('parameterError', 'The outbound campaign does not exist.');
  if (answer !== 'ok') fail('parameterError', answer.refused);
}

/**
 * CEC §7.4.8 calldatafile/uploadFileServer (ref L27209): imports outbound call data (Table 7-257)
 * into a campaign from a file server; rows are written through the campaigns' call-data service.
 */
export const importCallDataFileEndpoint = defineEndpoint({
  section: '7.4.8',
  name: 'calldatafile/uploadFileServer',
  summary: 'Importing an outbound call data file from the server',
  method: 'POST',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/calldatafile/uploadFileServer/{campaignId}',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: campaignParams,
  body: importBody,
  response: Type.Object({ importTaskId: Type.String() }),
  errors: genericListErrors,
  handler: ({ params, body, auth, services }) =>
    listHandler(auth, params.vdnId, async (vdnId) => {
      const request = await importRequest(services, vdnId, 'calldata', params.campaignId, body);
      await campaignAccepts(services, vdnId, params.campaignId);
      const importTaskId = await startImport(services, request);
      return { importTaskId, resultDesc: importAccepted };
    }),
});

/** CEC §7.4.9 calldatafile/queryDataImportTask/{campaignId} (ref L27357): the campaign's call-data import tasks. */
export const queryCallDataImportEndpoint = defineEndpoint({
  section: '7.4.9',
  name: 'calldatafile/queryDataImportTask',
  summary: 'Querying outbound call data file import results',
  method: 'POST',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/calldatafile/queryDataImportTask/{campaignId}',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: campaignParams,
  body: importQueryBody,
  response: importTaskPageSchema,
  errors: ['0200001', '0200006', ...genericListErrors.slice(1)],
  handler: ({ params, body, auth, services }) => listHandler(auth, params.vdnId, (vdnId) => importTaskPage(services, vdnId, 'calldata', params.campaignId, body)),
});
