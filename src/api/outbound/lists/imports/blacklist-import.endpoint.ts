import { Type } from '@sinclair/typebox';
import { isalesEnvelope } from '../../../../http/envelope/index.ts';
import { startImport } from '../../../../services/outbound/lists/imports/import-tasks.ts';
import { defineEndpoint } from '../../../define-endpoint.ts';
import { isalesVdnParams } from '../../isales-request.ts';
import { genericListErrors, listHandler } from '../lists-request.ts';
import { importAccepted, importBody, importQueryBody, importRequest, importTaskPage, importTaskPageSchema } from './import-request.ts';

/**
 * CEC §7.3.5 blackfile/uploadFileServer (ref L25942): imports a blacklist file (Table 7-202) from a
 * file server, now or at hour:minute; the reply carries the task id, 7.3.6 the outcome.
 */
export const importBlacklistFileEndpoint = defineEndpoint({
  section: '7.3.5',
  name: 'blackfile/uploadFileServer',
  summary: 'Importing a blacklist data file from the server',
  method: 'POST',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/blackfile/uploadFileServer',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: isalesVdnParams,
  body: importBody,
  response: Type.Object({ importTaskId: Type.String() }),
  errors: genericListErrors,
  handler: ({ params, body, auth, services }) =>
    listHandler(auth, params.vdnId, async (vdnId) => {
      const importTaskId = await startImport(services, await importRequest(services, vdnId, 'blacklist', '', body));
      return { importTaskId, resultDesc: importAccepted };
    }),
});

/** CEC §7.3.6 blackfile/queryDataImportTask (ref L26083): the tenant's blacklist import tasks. */
export const queryBlacklistImportEndpoint = defineEndpoint({
  section: '7.3.6',
  name: 'blackfile/queryDataImportTask',
  summary: 'Querying blacklist data file import results',
  method: 'POST',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/blackfile/queryDataImportTask',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: isalesVdnParams,
  body: importQueryBody,
  response: importTaskPageSchema,
  errors: ['0200001', '0200006', ...genericListErrors.slice(1)],
  handler: ({ params, body, auth, services }) => listHandler(auth, params.vdnId, (vdnId) => importTaskPage(services, vdnId, 'blacklist', '', body)),
});
