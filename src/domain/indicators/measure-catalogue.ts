import type { Scope } from './contributions.ts';
import { thresholdSeconds } from './measures.ts';

/**
 * The closed list of measures each scope keeps (decision 0831): the roll-up stores them as columns,
 * one row per bucket and dimensions, so a bucket costs one row, not one row per measure. Every
 * measure an indicator reads is here (a test walks the indicator tables); a contribution outside
 * the list (an operation type no indicator reads) is not stored.
 */
const n = thresholdSeconds;

/** Operation types (Table 12-702) the engine journals or the agent indicators read. */
export const journalledOpTypes = [0, 1, 2, 3, 4, 10, 20, 22, 26, 27, 29, 30, 31, 35, 36, 38, 40, 41, 43, 45, 46, 54] as const;

export const measureCatalogue: Readonly<Record<Scope, readonly string[]>> = {
  skill: [
    'req', 'incoming', 'allQueue', 'allRing', 'wait', 'waitMax', 'waitMin', 'rang', 'conn', 'talk', 'ringConn', 'queueConn', 'rangConn',
    'lost', 'ringLost', 'queueLost', 'rangLost', 'failQueueWait', 'userAbQ', 'userAbR', 'agentRej', 'queueRel', 'sysLost',
    'timeoutQueue', 'overflowQueue', 'timeoutAgent', 'overflowAgent', 'timeoutIvr', 'overflowIvr', 'queueUserAbQ', 'waitUserAbR',
    ...n.map((s) => `connIn${s}`), ...n.map((s) => `abIn${s}`),
  ],
  agent: [
    'aReq', 'aRing', 'aWaitAns', 'aConn', 'aTalkIn', 'aTalkMax', 'aTalkMin', 'aLostRing', 'aNoAck', 'aHangUp', 'aOutTotal', 'aOut', 'aTalkOut',
    ...n.map((s) => `aConnIn${s}`),
    'collation', 'collationDur', 'collationIn', 'collationInDur', 'collationOut', 'collationOutDur', 'signInDur',
    ...journalledOpTypes.map((t) => `op${t}`), ...journalledOpTypes.map((t) => `opDur${t}`),
  ],
  vdn: [
    ...['in', 'out'].flatMap((p) => ['Call', 'Conn', 'Vdn', 'UniqIvr', 'UniqIvrConn', 'Ivr', 'IvrConn'].map((m) => `${p}${m}`)),
    'outAgentConn', 'outAgentTalk', 'assigned', 'ivrOnly', 'ivrOnlyConn', 'ivrOnlyDur', 'agentIn', 'waitIn', 'agentInConn', 'talkIn',
    ...n.map((s) => `connIn${s}`), ...n.map((s) => `abIn${s}`),
  ],
  ivr: ['ivrIn', 'ivrConn', 'ivrConnDur', 'ivrFlowOut', 'ivrUserAbort', 'ivrToAgent'],
};
