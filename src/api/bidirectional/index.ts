import type { ApiEndpoint } from '../define-endpoint.ts';
import { createCallV1Endpoint, createCallV3Endpoint } from './create-call.endpoint.ts';
import { downloadMobileAgentRecordingEndpoint } from './download-recording.endpoint.ts';
import { getCalledInfoEndpoint } from './get-called-info.endpoint.ts';
import { getRecordingAddressEndpoint } from './get-recording-address.endpoint.ts';
import { queryCallDetailRecordEndpoint } from './query-call-detail-record.endpoint.ts';
import { queryCallStateEndpoint } from './query-call-state.endpoint.ts';
import { queryPhoneV1Endpoint, queryPhoneV2Endpoint } from './query-phone.endpoint.ts';
import { itaStatusNotifyEndpoint } from './ita-status-notify.endpoint.ts';
import { queryCallInfoByCallIdEndpoint, queryUserContactLimitEndpoint } from './workbench-call.endpoint.ts';

/** CEC §6.2: agent bidirectional calls (C1, API Fabric), in the reference's order. */
export const bidirectionalEndpoints: readonly ApiEndpoint[] = [
  createCallV1Endpoint,
  createCallV3Endpoint,
  queryCallDetailRecordEndpoint,
  queryCallStateEndpoint,
  getRecordingAddressEndpoint,
  queryPhoneV1Endpoint,
  queryPhoneV2Endpoint,
  getCalledInfoEndpoint,
  queryUserContactLimitEndpoint,
  queryCallInfoByCallIdEndpoint,
  itaStatusNotifyEndpoint,
  downloadMobileAgentRecordingEndpoint,
];
