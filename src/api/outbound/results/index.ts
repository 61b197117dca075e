import type { ApiEndpoint } from '../../define-endpoint.ts';
import { queryCallRecordV1, queryCallRecordV2 } from './call-records.endpoint.ts';
import { getCallResultDetail, queryCallResults } from './query-results.endpoint.ts';
import { writeBackBusiResult } from './write-back.endpoint.ts';

/** CC-iSales results (7.5.1–7.5.4) and business-result write-back (7.7.1); the result push (7.6.1) is sent, not served. */
export const resultEndpoints: readonly ApiEndpoint[] = [queryCallResults, getCallResultDetail, queryCallRecordV1, queryCallRecordV2, writeBackBusiResult];
