import type { Kysely } from 'kysely';

/**
 * Daily settlement of inbound and outbound calls (CEC §12.3.2.10/.11, decision 0830): one row per
 * VDN, UTC day, direction, number, call type, skill, business type and campaign, with every
 * counter of Tables 12-569 / 12-573 as a column, maintained by the roll-up as calls finish. The
 * counter list is frozen here: a counter added later comes with a migration of its own.
 */
const counters = [
  'failQueueWaitNum', 'failQueueWaitTime', 'maxWaitAnsTime', 'minWaitAnsTime', 'maxCallTime',
  'minCallTime', 'succAckTimeLt3', 'callTimeLt3', 'failTimeLt3', 'succAckTimeLt5', 'callTimeLt5',
  'failTimeLt5', 'succAckTimeLt10', 'callTimeLt10', 'failTimeLt10', 'succAckTimeLt30',
  'callTimeLt30', 'failTimeLt30', 'succAckTimeLt60', 'callTimeLt60', 'failTimeLt60',
  'succAckTimeGt10', 'callTimeGt10', 'failTimeGt10', 'succAckTimeGt60', 'callTimeGt60',
  'failTimeGt60', 'hangUpNum', 'hangUpTime', 'hangUpReleaseNum', 'autoAnsTime', 'autoCallNum',
  'autoCallSuccNum', 'autoTransferNum', 'succWaitAnsTime', 'ivrCallSuccNum', 'ivrCallTime',
  'ivrOccupyNum', 'ivrOnlyNum', 'ivrOnlySuccNum', 'ivrOnlyTime', 'waitAnsNum', 'waitAnsTime',
  'succWaitAnsNum', 'failWaitAnsTime', 'noAckNum', 'succQueueWaitTime', 'succQueueWaitNum',
  'queueWaitTime', 'maxQueueWaitTime', 'minQueueWaitTime', 'queOverToIvrNum', 'queOverToIvrTime',
  'inOccupyNum', 'inCallSuccNum', 'inCallTime', 'minIvrCallTime', 'maxIvrCallTime',
  'autoUserAbandonNum', 'agentToQueueNum', 'agentToAgentNum', 'netCallNum', 'netCallSuccNum',
  'inVdnTime', 'inCallCostMinute', 'inCallAllCostMinute', 'outOccupyNum', 'outSuccWaitAnsNum',
  'outCallSuccNum', 'outWaitAnsTime', 'outCallTime', 'agentHangUpLt3', 'agentTransferNum', 'zeroNum',
  'preCallNum', 'preCallSuccNum', 'preAgentNum', 'preAgentSuccNum', 'preTransferNum', 'preTotalTime',
  'preQueueWaitNum', 'preQueueWaitTime', 'preFailQueueWaitNum', 'preFailQueueWaitTime',
  'preAbortQueueWaitNum', 'preNoAckNum', 'preViewedCallNum', 'preViewedCallSuccNum',
  'preViewedTransferNum', 'preViewedSuccAckTime', 'preOccupiedCallNum', 'preOccupiedSuccNum',
  'preOccupiedSuccAckTime', 'preOccupiedAgentSuccNum', 'preOccupiedAgentSuccTime',
  'preOccupiedTransferNum', 'outVdnTime', 'outCallCostMinute', 'outCallAllCostMinute',
  'reservedCol1', 'reservedCol2', 'reservedCol3', 'reservedCol4', 'reservedCol5', 'reservedCol6',
  'reservedCol7', 'reservedCol8', 'reservedCol9', 'reservedCol10', 'reservedCol11', 'reservedCol12',
  'reservedCol13', 'reservedCol14', 'reservedCol15', 'reservedCol16', 'reservedCol17',
  'reservedCol18', 'reservedCol19', 'reservedCol20',
];
/** Extremes stay null until measured; every other counter starts at 0. */
const extreme = (name: string) => name.startsWith('max') || name.startsWith('min');
/** The column of a counter, as the store's camel-case mapping names it. */
const column = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export async function up(db: Kysely<unknown>): Promise<void> {
  let table = db.schema
    .createTable('call_settlement_day')
    .addColumn('vdn_id', 'integer', (c) => c.notNull())
    .addColumn('log_day_ms', 'bigint', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('call_type', 'integer', (c) => c.notNull())
    .addColumn('skill_id', 'integer', (c) => c.notNull())
    .addColumn('service_no', 'integer', (c) => c.notNull())
    .addColumn('obs_service_no', 'text', (c) => c.notNull())
    .addColumn('last_end_ms', 'bigint', (c) => c.notNull())
    .addColumn('current_agent_id', 'integer', (c) => c.notNull())
    .addColumn('current_skill_id', 'integer', (c) => c.notNull());
  for (const name of counters) table = table.addColumn(column(name), 'bigint', (c) => (extreme(name) ? c : c.notNull().defaultTo(0)));
  await table.addPrimaryKeyConstraint('call_settlement_day_pk', ['vdn_id', 'direction', 'log_day_ms', 'number', 'call_type', 'skill_id', 'service_no', 'obs_service_no']).execute();
  // The roll-up state predates this table: forget it, so that start-up rebuilds the roll-up and
  // settles the calls already recorded (decision 0813).
  await db.deleteFrom('stat_rollup_state' as never).execute();
}
