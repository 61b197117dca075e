export { SimSwitch, dialRules, failureAnnouncements, type SimSwitchOptions } from './sim-switch.ts';
export { UapCounters } from './uap-counters.ts';
export { uapOffices, uapPeriodMs, circuitsPerOffice, controlBlocksInstalled, type OfficeNo, type OfficeSample, type TerminalSample, type ControlBlocks } from './uap-measurements.ts';
export { UapEngineFeed } from './uap-engine-feed.ts';
