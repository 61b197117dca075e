import type { ImportedCallData } from '../../../../domain/outbound/lists/import-templates.ts';

export type { ImportedCallData };

/** What became of one imported record in the campaign. */
export type ImportedRecordOutcome = { kind: 'added' } | { kind: 'duplicate' } | { kind: 'failed'; reason: string };

/**
 * The campaigns' call-data service as the 7.4.8 import sees it. The outbound campaign service
 * (src/services/outbound/call-data/) implements it and the composition root wires it into
 * `ApiServices.outboundCallData`: the import checks and parses files, the campaign service owns
 * the records, their limits (200,000 incomplete, 0200020) and their duplicates.
 */
export interface CallDataImportTarget {
  /** Whether the campaign exists in the VDN ('notFound') and may receive numbers now. */
  campaignAcceptsImport(vdnId: number, campaignId: string): Promise<'ok' | 'notFound' | { refused: string }>;
  /** Adds the records in order and tells, per record, whether it went in. */
  addImportedRecords(vdnId: number, campaignId: string, records: readonly ImportedCallData[], nowMs: number): Promise<ImportedRecordOutcome[]>;
}
