import type { ApiEndpoint } from '../../define-endpoint.ts';
import { addCallDataV1, addCallDataV2 } from './add-call-data.endpoint.ts';
import { callStatistics } from './call-statistics.endpoint.ts';
import { deleteCallData } from './delete-call-data.endpoint.ts';
import { getCallData } from './get-call-data.endpoint.ts';

/** CC-iSales outbound data of a campaign (7.4.1–7.4.3, 7.4.6, 7.4.7). */
export const callDataEndpoints: readonly ApiEndpoint[] = [addCallDataV1, addCallDataV2, deleteCallData, getCallData, callStatistics];
