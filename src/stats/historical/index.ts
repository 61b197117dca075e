export { rollUpWritten, rebuildRollup, ensureRollupCurrent, type WrittenRecords } from './rollup.ts';
export { readIndicators, type IndicatorQuery, type IndicatorValues } from './read-indicators.ts';
export { readSettlement, type SettlementGroup } from './read-settlement.ts';
