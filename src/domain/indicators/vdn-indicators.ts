import { average, count, get, rate, seconds, table, type Indicator } from './indicator.ts';
import type { Measures } from './measures.ts';

/** CEC Table 12-692 (ref L64473–L64537): VDN historical indicators, note 08 §4.18.7. */
const g = (name: string) => (m: Readonly<Measures>) => get(m, name);
const total = (m: Readonly<Measures>) => get(m, 'inCall') + get(m, 'outCall');
const connected = (m: Readonly<Measures>) => get(m, 'inConn') + get(m, 'outConn');
const agentLost = (m: Readonly<Measures>) => get(m, 'agentIn') - get(m, 'agentInConn');
const inAbandon = (m: Readonly<Measures>) => get(m, 'inCall') - get(m, 'inConn');

/** N of the VDN `…_IN_(N)`/`…_AFTER_(N)` rates (ref L64510–L64512). */
const vdnThresholds = [3, 5, 10, 30, 60] as const;

const perThreshold = (n: number): Indicator[] => [
  // Denominators unspecified: the abandoned and the connected totals (note 08 A-16).
  rate(`IDX_RATE_ABANDON_IN_${n}`, g(`abIn${n}`), agentLost, 'day'),
  rate(`IDX_RATE_AGENT_CONNECTED_IN_${n}`, g(`connIn${n}`), g('agentInConn'), 'day'),
];

export const vdnIndicators = table([
  count('IDX_COUNT_TOTAL_CALL', total, 'min'),
  count('IDX_COUNT_CONNECTED_CALL', connected, 'min'),
  count('IDX_COUNT_ABANDONED_CALL', (m) => total(m) - connected(m), 'min'),
  count('IDX_COUNT_INBOUND_CALL', 'inCall'),
  count('IDX_COUNT_INBOUND_CONNECTED', 'inConn'),
  count('IDX_COUNT_OUTBOUND_CALL', 'outCall'),
  count('IDX_COUNT_OUTBOUND_CONNECTED', 'outConn'),
  count('IDX_COUNT_AGENT_INBOUND', 'agentIn'),
  count('IDX_COUNT_AGENT_INBOUND_CONNECTED', 'agentInConn'),
  count('IDX_COUNT_IVR_INBOUND', 'inIvr'),
  count('IDX_COUNT_IVR_INBOUND_CONNECTED', 'inIvrConn'),
  // "Number of connected IVR outbound calls" (ref L64491, note 08 A-28).
  count('IDX_COUNT_IVR_OUTBOUND', 'outIvrConn'),
  count('IDX_UNIQUE_COUNT_IVR_INBOUND', 'inUniqIvr'),
  count('IDX_UNIQUE_COUNT_IVR_INBOUND_CONNECTED', 'inUniqIvrConn'),
  count('IDX_UNIQUE_COUNT_IVR_OUTBOUND', 'outUniqIvr'),
  count('IDX_UNIQUE_COUNT_IVR_OUTBOUND_CONNECTED', 'outUniqIvrConn'),
  count('IDX_COUNT_AGENT_OUTBOUND_CONNECTED', 'outAgentConn'),
  count('IDX_COUNT_INBOUND_ABANDON_CONNECTED', inAbandon, 'day'),
  rate('IDX_RATE_IVR_INBOUND_CONNECTED', g('inIvrConn'), g('inIvr')),
  rate('IDX_RATE_INBOUND_CONNECTED', g('inConn'), g('inCall')),
  rate('IDX_RATE_OUTBOUND_CONNECTED', g('outConn'), g('outCall')),
  rate('IDX_RATE_AGENT_INBOUND_CONNECTED', g('agentInConn'), g('agentIn')),
  rate('IDX_RATE_AGENT_INBOUND_ABANDON', agentLost, g('agentIn'), 'day'),
  rate('IDX_RATE_PHONE_INBOUND_ABANDON', inAbandon, g('inCall'), 'day'),
  ...vdnThresholds.flatMap(perThreshold),
  rate('IDX_RATE_AGENT_CONNECTED_AFTER_10', (m) => get(m, 'agentInConn') - get(m, 'connIn10'), g('agentInConn'), 'day'),
  rate('IDX_RATE_AGENT_CONNECTED_AFTER_60', (m) => get(m, 'agentInConn') - get(m, 'connIn60'), g('agentInConn'), 'day'),
  average('IDX_DURATION_AVG_VDN_INBOUND', 'inVdn', 'inCall'),
  average('IDX_DURATION_AVG_VDN_OUTBOUND', 'outVdn', 'outCall'),
  average('IDX_DURATION_AVG_CONNECTED', 'talkIn', 'inConn', 'day'),
  average('IDX_DURATION_AVG_WAIT', 'waitIn', 'agentIn', 'day'),
  // "Transfers to another agent are counted repeatedly" (ref L64520): requests, not calls.
  rate('IDX_RATE_AGENT_CALL_IN_CONNECTED', g('agentInConn'), g('agentIn'), 'day'),
  rate('IDX_RATE_AGENT_CALL_IN_CONNECTED_IN_20', g('connIn20'), g('agentInConn'), 'day'),
  average('IDX_DURATION_AVG_AGENT_CALL_IN_CONNECTED', 'talkIn', 'agentInConn', 'day'),
  average('IDX_DURATION_AVG_AGENT_CALL_OUT_CONNECTED', 'outAgentTalk', 'outAgentConn', 'day'),
  count('IDX_COUNT_IVR_ONLY_INBOUND', 'ivrOnly'),
  count('IDX_COUNT_IVR_ONLY_INBOUND_CONNECTED', 'ivrOnlyConn'),
  seconds('IDX_DURATION_IVR_ONLY_INBOUND', 'ivrOnlyDur'),
  count('IDX_COUNT_SYSTEM_INBOUND', 'inCall'),
  count('IDX_COUNT_SYSTEM_IN_SUCC', 'inConn'),
  count('IDX_COUNT_AGENT_ASSIGNED', 'assigned'),
]);
