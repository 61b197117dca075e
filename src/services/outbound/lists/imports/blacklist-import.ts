import { blacklistNumber, blacklistTerms } from '../../../../domain/outbound/lists/blacklist-rules.ts';
import type { Repositories } from '../../../../store/index.ts';
import type { ImportReport, NumberedRow } from './import-report.ts';

/**
 * The rows of a 7.3.5 blacklist file, a chunk at a time: each row is checked as 7.3.1 checks a
 * number (Table 7-203); a number met earlier in the file or already listed is a duplicate
 * (repeatNum) and the first entry stays (decision 0733); the good rows are added.
 */
export async function importBlacklistRows(repos: Repositories, vdnId: number, rows: readonly NumberedRow[], seen: Set<string>, report: ImportReport, nowMs: number): Promise<void> {
  const fresh: Array<{ blockNum: string; terms: ReturnType<typeof blacklistTerms> }> = [];
  for (const { row, values } of rows) {
    const entry = report.check(row, () => ({ blockNum: blacklistNumber('Blacklisted Number', values.blockNum), terms: blacklistTerms(values, nowMs) }));
    if (!entry) continue;
    if (seen.has(entry.blockNum)) {
      report.repeated();
      continue;
    }
    seen.add(entry.blockNum);
    fresh.push(entry);
  }
  const listed = new Set((await repos.isalesBlacklist.byNumbers(vdnId, fresh.map((e) => e.blockNum))).map((r) => r.blockNum));
  const added = fresh.filter((e) => !listed.has(e.blockNum));
  for (let i = 0; i < fresh.length - added.length; i += 1) report.repeated();
  await repos.isalesBlacklist.insert(added.map((e) => ({ vdnId, blockNum: e.blockNum, addedAtMs: nowMs, ...e.terms })));
  report.succeeded(added.length);
}
