export { SimSwitch, dialRules, type SimSwitchOptions } from './sim-switch.ts';
export { UapCounters, uapOffices, uapPeriodMs, circuitsPerOffice, controlBlocksInstalled, type OfficeNo, type OfficeSample, type TerminalSample, type ControlBlocks } from './uap-counters.ts';
export { UapEngineFeed } from './uap-engine-feed.ts';
