import type { ImportedCallData } from '../../../../domain/outbound/lists/import-templates.ts';

export type { ImportedCallData };

/** What became of one imported record in the campaign. */
export type ImportedRecordOutcome = { kind: 'added' } | { kind: 'duplicate' } | { kind: 'failed'; reason: string };

/** One import into one campaign: records are added in file order, a chunk at a time. */
export interface CallDataImportSession {
  add(records: readonly ImportedCallData[], nowMs: number): Promise<ImportedRecordOutcome[]>;
}

/**
 * The campaigns' call data as the 7.4.8 import sees it. The import checks and parses the file; the
 * target owns the records, the campaign's state rules, its limits (200,000 incomplete, 0200020) and
 * its duplicates. `campaignCallDataTarget` implements it over the outbound campaign service.
 */
export interface CallDataImportTarget {
  /** Whether the campaign exists in the VDN ('notFound') and may receive numbers now. */
  campaignAcceptsImport(vdnId: number, campaignId: string): Promise<'ok' | 'notFound' | { refused: string }>;
  beginImport(vdnId: number, campaignId: string): Promise<CallDataImportSession>;
}
