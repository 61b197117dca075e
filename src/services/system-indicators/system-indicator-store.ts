import type { LicencePeaks } from '../../stats/system/index.ts';
import type { Repositories } from '../../store/index.ts';
import type { OfficeSample, TerminalSample, UapCounters } from '../../telephony/sim/index.ts';

/** The ofc_no under which a terminal sample is stored (migration 0310). */
const terminalRow = -1;

/**
 * Stores what the system indicators measured since the last batch (decisions 0840, 0842): raised licence
 * peaks and the UAP's closed 5-minute periods. Called by the record writer after each batch, in
 * its transaction, so that these commit with the CTI records they follow.
 */
export async function saveSystemIndicators(repos: Repositories, uap: UapCounters, peaks: LicencePeaks): Promise<void> {
  const raised = peaks.takeRaised();
  if (raised.length > 0) await repos.systemIndicators.raiseLicencePeaks(raised);
  const { offices, terminals } = uap.takeClosed();
  const rows = [
    ...offices.map((s) => ({ beginMs: s.beginMs, ofcNo: s.ofcNo, counters: JSON.stringify(s) })),
    ...terminals.map((s) => ({ beginMs: s.beginMs, ofcNo: terminalRow, counters: JSON.stringify(s) })),
  ];
  if (rows.length > 0) await repos.systemIndicators.saveUapSamples(rows);
}

/**
 * The samples of the periods that began in [fromMs, toMs): those of this run from memory, the
 * older ones (before a restart) from the store.
 */
export async function uapSamples(repos: Repositories, uap: UapCounters, fromMs: number, toMs: number): Promise<{ offices: OfficeSample[]; terminals: TerminalSample[] }> {
  const offices = uap.officeSamples(fromMs, toMs);
  const terminals = uap.terminalSamples(fromMs, toMs);
  const since = uap.measuringSinceMs;
  if (fromMs >= since) return { offices, terminals };
  const stored = await repos.systemIndicators.uapSamples(fromMs, Math.min(toMs, since));
  return {
    offices: [...stored.filter((r) => r.ofcNo !== terminalRow).map((r) => JSON.parse(r.counters) as OfficeSample), ...offices],
    terminals: [...stored.filter((r) => r.ofcNo === terminalRow).map((r) => JSON.parse(r.counters) as TerminalSample), ...terminals],
  };
}
