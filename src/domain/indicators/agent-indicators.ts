import { average, count, get, rate, seconds, table } from './indicator.ts';
import { thresholdSeconds, type Measures } from './measures.ts';

/**
 * CEC Table 12-689 (ref L64369–L64452): agent historical indicators, note 08 §4.18.4. The "R"
 * ones come from the CDR legs of the agent's calls, the "N" ones from its operation journal
 * (Table 12-702 op types: 1 sign-in, 2 idle, 3 busy, 10 three-party, 22 voice playing, 26 rest,
 * 27 work, 31 forced busy, 35/36 work/adjusting, 38 hold, 40 internal help, 41 internal call,
 * 45 internal transfer, 46 transfer out, 54 release transfer).
 */
const ops = (...types: number[]) => (m: Readonly<Measures>) => types.reduce((n, t) => n + get(m, `op${t}`), 0);
const opMs = (...types: number[]) => (m: Readonly<Measures>) => types.reduce((n, t) => n + get(m, `opDur${t}`), 0);

export const agentIndicators = table([
  count('IDX_COUNT_AGENT_SIGN_IN', 'op1'),
  count('IDX_COUNT_AGENT_CONNECTED', 'aConn'),
  count('IDX_COUNT_AGENT_CALL_OUT', 'aOut'),
  count('IDX_COUNT_AGENT_COLLATION', 'collation'),
  // Decision 0832: the direction of the call before a wrap-up comes from the journal and the CDR.
  count('IDX_COUNT_AGENT_COLLATION_CALL_IN', 'collationIn'),
  count('IDX_COUNT_AGENT_COLLATION_CALL_OUT', 'collationOut'),
  count('IDX_COUNT_AGENT_REST', 'op26'),
  count('IDX_COUNT_AGENT_HOLD', 'op38'),
  count('IDX_COUNT_AGENT_SET_BUSY', ops(3, 31)),
  count('IDX_COUNT_AGENT_MOVE_INSIDE', 'op45'),
  count('IDX_COUNT_AGENT_MOVE_OUT', 'op46'),
  count('IDX_COUNT_AGENT_MOVE_IVR', 'op54'),
  count('IDX_COUNT_AGENT_3WC', 'op10'),
  count('IDX_COUNT_AGENT_INSIDE_CALL', 'op41'),
  count('IDX_COUNT_AGENT_INSIDE_HELP_SEEKING', 'op40'),
  count('IDX_COUNT_AGENT_REQUEST', 'aReq'),
  count('IDX_COUNT_AGENT_ABANDON', (m) => Math.max(0, get(m, 'aReq') - get(m, 'aConn'))),
  count('IDX_COUNT_AGENT_WAIT_ANS', 'aWaitAns'),
  count('IDX_COUNT_AGENT_LOST_RING', 'aLostRing'),
  count('IDX_COUNT_AGENT_NO_ACK', 'aNoAck'),
  count('IDX_COUNT_AGENT_HANG_UP', 'aHangUp'),
  ...thresholdSeconds.map((n) => count(`IDX_COUNT_AGENT_CONNECTED_IN_${n}`, `aConnIn${n}`, 'day')),
  count('IDX_COUNT_TOTAL_AGENT_CALL_OUT', 'aOutTotal'),
  seconds('IDX_DURATION_AGENT_SIGN_IN', 'signInDur'),
  seconds('IDX_DURATION_AGENT_CONVERSATION_IN', 'aTalkIn'),
  average('IDX_DURATION_AGENT_AVERAGE_CONVERSATION_IN', 'aTalkIn', 'aConn'),
  seconds('IDX_DURATION_AGENT_CALL_OUT', 'aTalkOut'),
  average('IDX_DURATION_AGENT_AVG_CALL_OUT', 'aTalkOut', 'aOut'),
  seconds('IDX_DURATION_AGENT_COLLATION', 'collationDur'),
  seconds('IDX_DURATION_AGENT_COLLATION_CALL_IN', 'collationInDur'),
  average('IDX_DURATION_AGENT_AVG_COLLATION_CALL_IN', 'collationInDur', 'collationIn', 'day'),
  seconds('IDX_DURATION_AGENT_COLLATION_CALL_OUT', 'collationOutDur'),
  average('IDX_DURATION_AGENT_AVG_COLLATION_CALL_OUT', 'collationOutDur', 'collationOut', 'day'),
  average('IDX_DURATION_AGENT_AVG_COLLATION', 'collationDur', 'collation', 'day'),
  seconds('IDX_DURATION_AGENT_REST', 'opDur26'),
  average('IDX_DURATION_AGENT_AVG_REST', 'opDur26', 'op26', 'day'),
  seconds('IDX_DURATION_AGENT_HOLD', 'opDur38'),
  average('IDX_DURATION_AGENT_AVG_HOLD', 'opDur38', 'op38', 'day'),
  seconds('IDX_DURATION_AGENT_SET_BUSY', opMs(3, 31)),
  average('IDX_DURATION_AGENT_AVG_SET_BUSY', opMs(3, 31), ops(3, 31), 'day'),
  seconds('IDX_DURATION_AGENT_RING', 'aRing'),
  seconds('IDX_DURATION_AGENT_FREE', 'opDur2'),
  average('IDX_DURATION_AGENT_AVG_RING', 'aRing', 'aWaitAns'),
  seconds('IDX_DURATION_AGENT_MAX_CALLING', 'aTalkMax'),
  seconds('IDX_DURATION_AGENT_MIN_CALLING', 'aTalkMin'),
  rate('IDX_RATE_AGENT_CONNECTED', (m) => get(m, 'aConn'), (m) => get(m, 'aReq')),
  rate('IDX_RATE_AGENT_SUCCESS_OUT', (m) => get(m, 'aOut'), (m) => get(m, 'aOutTotal')),
  count('IDX_COUNT_AGENT_ARRANGE', ops(27, 35, 36)),
  seconds('IDX_DURATION_AGENT_ARRANGE', opMs(27, 35, 36)),
  count('IDX_COUNT_AGENT_PLAY', 'op22'),
  seconds('IDX_DURATION_AGENT_PLAY', 'opDur22'),
]);

/** Spellings the reference also prints for agent codes (note 08 ). */
export const agentIndicatorAliases: Readonly<Record<string, string>> = {
  IDX_RATE_AGENT_SUCC_CALL_OUT: 'IDX_RATE_AGENT_SUCCESS_OUT',
  IDX_DURATION_AGENT_CCOLLATION: 'IDX_DURATION_AGENT_COLLATION',
};

/** CEC Table 12-691 (ref L64463): 20 customised agent indicators, only for agentforday/agentformonth; none configured, so 0. */
export const agentCustomIndicators = table(Array.from({ length: 20 }, (_, i) => count(`IDX_AGENT_RESERVED_COL${i + 1}`, () => 0, 'day')));
