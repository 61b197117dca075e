import { callDataRecord, type ImportedCallData } from '../../../../domain/outbound/lists/import-templates.ts';
import type { Repositories } from '../../../../store/index.ts';
import { blacklistedAmong } from '../blacklist.ts';
import type { CallDataImportSession } from './call-data-target.ts';
import type { ImportReport, NumberedRow } from './import-report.ts';

/**
 * The rows of a 7.4.8 call-data file, a chunk at a time (note 04 §5.17): a row is checked as Table
 * 7-258 describes it; one whose called number appeared earlier in the file is a duplicate; one with
 * a blacklisted number fails (as 7.4.1 refuses it, 0200024); the rest go to the campaign service,
 * which reports duplicates of the campaign and refusals per record.
 */
export async function importCallDataRows(
  session: CallDataImportSession,
  repos: Repositories,
  task: { vdnId: number; campaignId: string },
  rows: readonly NumberedRow[],
  seen: Set<string>,
  report: ImportReport,
  nowMs: number,
): Promise<void> {
  const checked: Array<{ row: number; record: ImportedCallData }> = [];
  for (const { row, values } of rows) {
    const record = report.check(row, () => callDataRecord(values));
    if (!record) continue;
    const numbers = record.called.map((c) => c.calledNo);
    if (numbers.some((n) => seen.has(n))) {
      report.repeated();
      continue;
    }
    for (const n of numbers) seen.add(n);
    checked.push({ row, record });
  }
  const blocked = new Set(await blacklistedAmong(repos, task.vdnId, checked.flatMap((c) => c.record.called.map((n) => n.calledNo)), nowMs));
  const allowed = checked.filter((c) => {
    const hit = c.record.called.find((n) => blocked.has(n.calledNo));
    if (hit) report.failed(c.row, `The number ${hit.calledNo} is blacklisted.`);
    return !hit;
  });
  if (allowed.length === 0) return;
  const outcomes = await session.add(allowed.map((c) => c.record), nowMs);
  allowed.forEach((c, i) => {
    const outcome = outcomes[i] ?? { kind: 'failed', reason: 'The record was not accepted.' };
    if (outcome.kind === 'added') report.succeeded();
    else if (outcome.kind === 'duplicate') report.repeated();
    else report.failed(c.row, outcome.reason);
  });
}
