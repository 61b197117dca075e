import type { ApiEndpoint } from '../../define-endpoint.ts';
import { callInDaySettlement } from './call-in-day.endpoint.ts';
import { callOutDaySettlement } from './call-out-day.endpoint.ts';

/** CEC §12.3.2.10/.11: the daily settlement of inbound and outbound calls. */
export const settlementEndpoints: readonly ApiEndpoint[] = [callInDaySettlement, callOutDaySettlement];
