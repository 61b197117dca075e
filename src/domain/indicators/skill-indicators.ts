import { average, count, get, rate, seconds, table, type Indicator } from './indicator.ts';
import { thresholdSeconds, type Measures } from './measures.ts';

/** CEC Table 12-686 (ref L64262–L64333): skill-queue historical indicators, note 08 §4.18.1. */
const abandon = (m: Readonly<Measures>) => Math.max(0, get(m, 'req') - get(m, 'conn'));

const perThreshold = (n: number): Indicator[] => [
  count(`IDX_COUNT_SKILL_CONNECTED_IN_${n}`, `connIn${n}`),
  count(`IDX_COUNT_SKILL_ABANDON_IN_${n}`, `abIn${n}`, 'day'),
  count(`IDX_COUNT_SKILL_CONNECTED_AFTER_${n}`, (m) => get(m, 'conn') - get(m, `connIn${n}`), 'day'),
  count(`IDX_COUNT_SKILL_ABANDON_AFTER_${n}`, (m) => get(m, 'lost') - get(m, `abIn${n}`), 'day'),
];

export const skillIndicators = table([
  count('IDX_COUNT_SKILL_REQUEST', 'req'),
  count('IDX_COUNT_SKILL_INCOMING_CALL', 'incoming'),
  count('IDX_COUNT_SKILL_CONNECTED', 'conn'),
  count('IDX_COUNT_SKILL_ABANDON', abandon),
  count('IDX_COUNT_SKILL_USER_ABANDON', (m) => get(m, 'userAbQ') + get(m, 'userAbR')),
  count('IDX_COUNT_SKILL_AGENT_ABANDON', 'agentRej'),
  count('IDX_COUNT_SKILL_QUEUE_DISCONNECTED', 'queueRel'),
  count('IDX_COUNT_SKILL_SYSTEM_LOST', 'sysLost'),
  count('IDX_COUNT_SKILL_LOST_RING', 'rangLost'),
  count('IDX_COUNT_SKILL_TIME_OUT_QUEUE', 'timeoutQueue'),
  count('IDX_COUNT_SKILL_TIME_OUT_AGENT', 'timeoutAgent'),
  count('IDX_COUNT_SKILL_OVERFLOW_QUEUE', 'overflowQueue'),
  count('IDX_COUNT_SKILL_OVER_AGENT', 'overflowAgent'),
  ...thresholdSeconds.flatMap(perThreshold),
  count('IDX_COUNT_SKILL_USER_ABANDON_QUEUE', 'userAbQ'),
  count('IDX_COUNT_SKILL_USER_ABANDON_AGENT', 'userAbR'),
  count('IDX_COUNT_SKILL_WAIT_FAIL_CONNECTED_QUEUE', 'failQueueWait'),
  count('IDX_COUNT_SKILL_TIMEOUT_IVR', 'timeoutIvr'),
  count('IDX_COUNT_SKILL_OVERFLOW_IVR', 'overflowIvr'),
  rate('IDX_RATE_SKILL_CONNECTED', (m) => get(m, 'conn'), (m) => get(m, 'req')),
  // "= 100% − connected rate" (ref L64305), i.e. 0 when nothing was requested, like the rate itself.
  rate('IDX_RATE_SKILL_ABANDON', abandon, (m) => get(m, 'req')),
  rate('IDX_RATE_SKILL_RING_CONNECT', (m) => get(m, 'rangConn'), (m) => get(m, 'rang')),
  average('IDX_DURATION_SKILL_AVG_CONNECTED', 'talk', 'conn'),
  seconds('IDX_DURATION_SKILL_CONNECTED', 'talk'),
  average('IDX_DURATION_SKILL_AVG_QUEUE_ACK', 'wait', 'req'),
  average('IDX_DURATION_SKILL_AVG_CONNECTED_ACK', 'ringConn', 'conn'),
  average('IDX_DURATION_SKILL_AVG_ABANDON_ACK', 'ringLost', 'rangLost'),
  average('IDX_DURATION_SKILL_AVG_CONNECTED_QUEUE', 'queueConn', 'conn'),
  average('IDX_DURATION_SKILL_AVG_ABANDON_QUEUE', 'queueLost', abandon),
  seconds('IDX_DURATION_SKILL_MAX_QUEUE_ACK', 'waitMax'),
  seconds('IDX_DURATION_SKILL_MIN_QUEUE_ACK', 'waitMin'),
  seconds('IDX_DURATION_SKILL_USER_ABANDON_QUEUE', 'queueUserAbQ'),
  seconds('IDX_DURATION_SKILL_USER_ABANDON_AGENT', 'waitUserAbR'),
  // Names and descriptions of these two are swapped in the reference; the code suffix wins (note 08 A-11).
  seconds('IDX_DURATION_SKILL_ABANDON_QUEUE', 'queueLost'),
  seconds('IDX_DURATION_SKILL_ABANDON_ACK', 'ringLost'),
  seconds('IDX_DURATION_SKILL_WAIT_SUCCESS_CONNECTED_QUEUE', 'queueConn'),
  seconds('IDX_DURATION_SKILL_SUCCESS_ACK', 'ringConn'),
  seconds('IDX_DURATION_SKILL_ALL_ACK', 'allRing'),
  seconds('IDX_DURATION_SKILL_ALL_QUEUE', 'allQueue'),
]);

/**
 * CEC Table 12-688 (ref L64361): 20 customised skill indicators, only for skillforday and
 * skillformonth. None is configured in OpenCEC, so each is 0 (decision 0814).
 */
export const skillCustomIndicators = table(Array.from({ length: 20 }, (_, i) => count(`IDX_SKILL_RESERVED_COL${i + 1}`, () => 0, 'day')));
