import type { ApiEndpoint } from '../../define-endpoint.ts';
import { addBlacklistEndpoint } from './blacklist/add-blacklist.endpoint.ts';
import { deleteAllBlacklistEndpoint, deleteBlacklistNumberEndpoint } from './blacklist/delete-blacklist.endpoint.ts';
import { queryBlacklistEndpoint } from './blacklist/query-blacklist.endpoint.ts';
import { addBusinessResultEndpoint } from './business-results/add-business-result.endpoint.ts';
import { queryBusinessResultsEndpoint } from './business-results/query-business-results.endpoint.ts';
import { queryCallLogsEndpoint } from './call-logs/query-call-logs.endpoint.ts';
import { createObResultEndpoint, deleteObsResultEndpoint, queryObsResultCodesEndpoint, queryObsResultDetailEndpoint, queryObsResultsEndpoint, updateObResultEndpoint } from './external-results/external-results.endpoint.ts';
import { addFileServerEndpoint, deleteFileServerEndpoint, queryFileServersEndpoint, updateFileServerEndpoint } from './file-servers/file-servers.endpoint.ts';
import { importBlacklistFileEndpoint, queryBlacklistImportEndpoint } from './imports/blacklist-import.endpoint.ts';
import { importCallDataFileEndpoint, queryCallDataImportEndpoint } from './imports/call-data-import.endpoint.ts';
import { addNumberTypesEndpoint, queryNumberTypesEndpoint } from './number-types/number-types.endpoint.ts';

export { installInvocationLog } from './call-logs/invocation-log-hook.ts';

/** Chapter 7 (CC-iSales), the VDN-wide lists and files: business results, blacklist, number types, file servers and imports, external results, invocation log. */
export const outboundListEndpoints: readonly ApiEndpoint[] = [
  addBusinessResultEndpoint,
  queryBusinessResultsEndpoint,
  addBlacklistEndpoint,
  deleteBlacklistNumberEndpoint,
  deleteAllBlacklistEndpoint,
  queryBlacklistEndpoint,
  importBlacklistFileEndpoint,
  queryBlacklistImportEndpoint,
  addNumberTypesEndpoint,
  queryNumberTypesEndpoint,
  importCallDataFileEndpoint,
  queryCallDataImportEndpoint,
  addFileServerEndpoint,
  deleteFileServerEndpoint,
  updateFileServerEndpoint,
  queryFileServersEndpoint,
  queryObsResultCodesEndpoint,
  createObResultEndpoint,
  updateObResultEndpoint,
  deleteObsResultEndpoint,
  queryObsResultsEndpoint,
  queryObsResultDetailEndpoint,
  queryCallLogsEndpoint,
];
