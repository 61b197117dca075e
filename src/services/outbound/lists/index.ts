/**
 * The VDN-wide lists of CC-iSales as other services use them (outbound-shared seams): the
 * blacklist check before a number is fed to the dialler, the external result of a failCode, the
 * business-result check of a write-back, and the call-data import target the campaigns implement.
 */
export { isBlacklisted, blacklistedAmong } from './blacklist.ts';
export { dialerListGuards, type DialerListGuards } from './dialer-guards.ts';
export { externalResultCodeFor, normaliseFailCode } from './external-results.ts';
export { checkBusinessResult, type BusinessResultCheck } from './business-results.ts';
export type { CallDataImportSession, CallDataImportTarget, ImportedCallData, ImportedRecordOutcome } from './imports/call-data-target.ts';
export { campaignCallDataTarget } from './imports/campaign-call-data-target.ts';
export { outboundListLookups } from './outbound-lookups.ts';
export { resumeImports } from './imports/import-tasks.ts';
