import type { LicencePeaks } from '../../stats/system/index.ts';
import type { Repositories } from '../../store/index.ts';
import type { OfficeSample, TerminalSample, UapCounters } from '../../telephony/sim/index.ts';
import { sumOfficeSamples, sumTerminalSamples } from './indicator-view.ts';
import type { NodeIndicators } from './node-indicators.ts';

/** The ofc_no under which a terminal sample is stored (migration 0310). */
const terminalRow = -1;

/**
 * Stores what the system indicators measured since the last batch (decisions 0840, 0842): raised licence
 * peaks and the UAP's closed 5-minute periods. Called by the record writer after each batch, in
 * its transaction, so that these commit with the CTI records they follow.
 */
export async function saveSystemIndicators(repos: Repositories, uap: UapCounters, peaks: LicencePeaks, nodeId = 0): Promise<void> {
  const raised = peaks.takeRaised();
  if (raised.length > 0) await repos.systemIndicators.raiseLicencePeaks(raised);
  const { offices, terminals } = uap.takeClosed();
  const rows = [
    ...offices.map((s) => ({ beginMs: s.beginMs, ofcNo: s.ofcNo, nodeId, counters: JSON.stringify(s) })),
    ...terminals.map((s) => ({ beginMs: s.beginMs, ofcNo: terminalRow, nodeId, counters: JSON.stringify(s) })),
  ];
  if (rows.length > 0) await repos.systemIndicators.saveUapSamples(rows);
}

/**
 * The samples of the periods that began in [fromMs, toMs), of the whole cluster (decision 1732):
 * each node's stored samples, overlaid with what it holds in memory — this node's whole run, the
 * other nodes' unstored periods from their snapshots — then added up per period and office. On a
 * single node (no others) these are its run's samples from memory and the older ones (before a
 * restart) from the store.
 */
export async function uapSamples(
  repos: Repositories,
  uap: UapCounters,
  fromMs: number,
  toMs: number,
  local: { nodeId: number; others: readonly NodeIndicators[] } = { nodeId: 0, others: [] },
): Promise<{ offices: OfficeSample[]; terminals: TerminalSample[] }> {
  const fresh = new Map<number, { offices: OfficeSample[]; terminals: TerminalSample[] }>([
    ...local.others.map((n) => [n.nodeId, { offices: n.uap.offices, terminals: n.uap.terminals }] as const),
    [local.nodeId, { offices: uap.officeSamples(fromMs, toMs), terminals: uap.terminalSamples(fromMs, toMs) }],
  ]);
  const offices: OfficeSample[] = [];
  const terminals: TerminalSample[] = [];
  const inMemory = new Set<string>();
  const inWindow = (s: { beginMs: number }) => s.beginMs >= fromMs && s.beginMs < toMs;
  for (const [nodeId, samples] of fresh) {
    for (const s of samples.offices.filter(inWindow)) {
      inMemory.add(`${nodeId}:${s.beginMs}:${s.ofcNo}`);
      offices.push(s);
    }
    for (const s of samples.terminals.filter(inWindow)) {
      inMemory.add(`${nodeId}:${s.beginMs}:${terminalRow}`);
      terminals.push(s);
    }
  }
  for (const row of await repos.systemIndicators.uapSamples(fromMs, toMs)) {
    if (inMemory.has(`${row.nodeId}:${row.beginMs}:${row.ofcNo}`)) continue;
    if (row.ofcNo === terminalRow) terminals.push(JSON.parse(row.counters) as TerminalSample);
    else offices.push(JSON.parse(row.counters) as OfficeSample);
  }
  return { offices: sumOfficeSamples(offices), terminals: sumTerminalSamples(terminals) };
}
