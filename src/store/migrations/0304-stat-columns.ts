import type { Kysely } from 'kysely';

/**
 * The indicator roll-up with measures as columns (decision 0831), replacing migration 0301's one
 * row per measure: one table per scope, one row per grain (15-minute and day UTC buckets) × bucket
 * × scope id × media dimensions. The measure lists are frozen here (a measure added later comes
 * with a migration of its own). The old buckets are dropped and the roll-up state forgotten, so
 * that start-up rebuilds the roll-up from the raw records (decision 0813).
 */
const measures: Record<string, readonly string[]> = {
  skill: [
    'req', 'incoming', 'allQueue', 'allRing', 'wait', 'waitMax', 'waitMin', 'rang', 'conn', 'talk',
    'ringConn', 'queueConn', 'rangConn', 'lost', 'ringLost', 'queueLost', 'rangLost',
    'failQueueWait', 'userAbQ', 'userAbR', 'agentRej', 'queueRel', 'sysLost', 'timeoutQueue',
    'overflowQueue', 'timeoutAgent', 'overflowAgent', 'timeoutIvr', 'overflowIvr', 'queueUserAbQ',
    'waitUserAbR', 'connIn3', 'connIn5', 'connIn10', 'connIn15', 'connIn20', 'connIn25',
    'connIn30', 'connIn35', 'connIn40', 'connIn45', 'connIn50', 'connIn55', 'connIn60', 'abIn3',
    'abIn5', 'abIn10', 'abIn15', 'abIn20', 'abIn25', 'abIn30', 'abIn35', 'abIn40', 'abIn45',
    'abIn50', 'abIn55', 'abIn60',
  ],
  agent: [
    'aReq', 'aRing', 'aWaitAns', 'aConn', 'aTalkIn', 'aTalkMax', 'aTalkMin', 'aLostRing', 'aNoAck',
    'aHangUp', 'aOutTotal', 'aOut', 'aTalkOut', 'aConnIn3', 'aConnIn5', 'aConnIn10', 'aConnIn15',
    'aConnIn20', 'aConnIn25', 'aConnIn30', 'aConnIn35', 'aConnIn40', 'aConnIn45', 'aConnIn50',
    'aConnIn55', 'aConnIn60', 'collation', 'collationDur', 'collationIn', 'collationInDur',
    'collationOut', 'collationOutDur', 'signInDur', 'op0', 'op1', 'op2', 'op3', 'op4', 'op10',
    'op20', 'op22', 'op26', 'op27', 'op29', 'op30', 'op31', 'op35', 'op36', 'op38', 'op40', 'op41',
    'op43', 'op45', 'op46', 'op54', 'opDur0', 'opDur1', 'opDur2', 'opDur3', 'opDur4', 'opDur10',
    'opDur20', 'opDur22', 'opDur26', 'opDur27', 'opDur29', 'opDur30', 'opDur31', 'opDur35',
    'opDur36', 'opDur38', 'opDur40', 'opDur41', 'opDur43', 'opDur45', 'opDur46', 'opDur54',
  ],
  vdn: [
    'inCall', 'inConn', 'inVdn', 'inUniqIvr', 'inUniqIvrConn', 'inIvr', 'inIvrConn', 'outCall',
    'outConn', 'outVdn', 'outUniqIvr', 'outUniqIvrConn', 'outIvr', 'outIvrConn', 'outAgentConn',
    'outAgentTalk', 'assigned', 'ivrOnly', 'ivrOnlyConn', 'ivrOnlyDur', 'agentIn', 'waitIn',
    'agentInConn', 'talkIn', 'connIn3', 'connIn5', 'connIn10', 'connIn15', 'connIn20', 'connIn25',
    'connIn30', 'connIn35', 'connIn40', 'connIn45', 'connIn50', 'connIn55', 'connIn60', 'abIn3',
    'abIn5', 'abIn10', 'abIn15', 'abIn20', 'abIn25', 'abIn30', 'abIn35', 'abIn40', 'abIn45',
    'abIn50', 'abIn55', 'abIn60',
  ],
  ivr: [
    'ivrIn', 'ivrConn', 'ivrConnDur', 'ivrFlowOut', 'ivrUserAbort', 'ivrToAgent',
  ],
};

/** Extremes stay null until measured; every other measure starts at 0. */
const extreme = (name: string) => name.endsWith('Max') || name.endsWith('Min');
/** The column of a measure, as the store's camel-case mapping names it. */
const column = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [scope, names] of Object.entries(measures)) {
    let table = db.schema
      .createTable(`stat_${scope}`)
      .addColumn('vdn_id', 'integer', (c) => c.notNull())
      .addColumn('grain_ms', 'integer', (c) => c.notNull())
      .addColumn('scope_id', 'text', (c) => c.notNull())
      .addColumn('bucket_ms', 'bigint', (c) => c.notNull())
      .addColumn('media_type', 'integer', (c) => c.notNull())
      .addColumn('sub_media_type', 'integer', (c) => c.notNull())
      .addColumn('anony', 'integer', (c) => c.notNull())
      .addColumn('callee_no', 'text', (c) => c.notNull());
    for (const name of names) table = table.addColumn(column(name), 'bigint', (c) => (extreme(name) ? c : c.notNull().defaultTo(0)));
    await table.addPrimaryKeyConstraint(`stat_${scope}_pk`, ['vdn_id', 'grain_ms', 'scope_id', 'bucket_ms', 'media_type', 'sub_media_type', 'anony', 'callee_no']).execute();
  }
  await db.schema.dropTable('stat_bucket').execute();
  await db.deleteFrom('stat_rollup_state' as never).execute();
}
