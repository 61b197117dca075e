import { average, count, get, rate, table } from './indicator.ts';

/** CEC Table 12-694 (ref L64566–L64584): IVR historical indicators per business type (serviceNo), note 08 §4.18.9. */
export const ivrIndicators = table([
  count('IDX_COUNT_IVR_INBOUND_CALL', 'ivrIn'),
  count('IDX_COUNT_IVR_INBOUND_CONNECTED', 'ivrConn'),
  count('IDX_COUNT_IVR_ABANDONED_CALL', (m) => get(m, 'ivrIn') - get(m, 'ivrConn')),
  count('IDX_COUNT_IVR_INBOUND_FLOWOUT', 'ivrFlowOut'),
  count('IDX_COUNT_IVR_INBOUND_USER_ABORT', 'ivrUserAbort'),
  rate('IDX_RATE_IVR_INBOUND_CONNECTED', (m) => get(m, 'ivrConn'), (m) => get(m, 'ivrIn')),
  average('IDX_DURATION_AVG_IVR_CONNECTED', 'ivrConnDur', 'ivrConn'),
  count('IDX_COUNT_IVR_TO_AGENT', 'ivrToAgent'),
]);
