import type { SimulationResult } from '../../sim/run-simulation.ts';
import type { CampaignSummary } from './simulate-campaigns.ts';

type Result = SimulationResult & { campaigns?: CampaignSummary[] };

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
const secs = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)} s` : '∞');
const num = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '∞');

/** The human summary: measured values beside the Erlang prediction. */
export function summaryText(r: Result, wallMs: number): string {
  const rows: Array<[string, string, string]> = [
    ['Service level (20 s)', pct(r.serviceLevel), pct(r.erlang.serviceLevel)],
    ['ASA', secs(r.asa), secs(r.erlang.asa)],
    ['P(wait)', pct(r.pWait), pct(r.erlang.pWait)],
    ['P(abandon)', pct(r.pAbandon), pct(r.erlang.pAbandon)],
    ['Occupancy', pct(r.occupancy), pct(r.erlang.occupancy)],
    ['Average queue length', num(r.averageQueueLength), num(r.erlang.averageQueueLength)],
  ];
  const lines = [
    `Seed ${r.seed}: ${r.offered} calls offered, ${r.answered} answered, ${r.abandoned} abandoned over ${r.measuredHours.toFixed(2)} measured hours.`,
    '',
    `${'Indicator'.padEnd(24)}${'Measured'.padStart(14)}${r.erlang.model.padStart(14)}`,
    ...rows.map(([name, measured, predicted]) => `${name.padEnd(24)}${measured.padStart(14)}${predicted.padStart(14)}`),
    '',
    `Event log: ${r.eventLogEntries} entries, sha256 ${r.eventLogHash}`,
    `Simulated ${(r.simulatedMs / 3_600_000).toFixed(2)} h in ${(wallMs / 1000).toFixed(2)} s (${Math.round(r.simulatedMs / Math.max(1, wallMs))}× real time).`,
  ];
  if (r.chats?.length) lines.push('', ...chatLines(r.chats));
  if (r.campaigns?.length) lines.push('', ...campaignLines(r.campaigns));
  if (r.invariantViolations.length > 0) lines.push('', 'INVARIANT VIOLATIONS:', ...r.invariantViolations.map((v) => `  ${v}`));
  return `${lines.join('\n')}\n`;
}

/** The machine summary of `--json` (issue: these keys, rates as fractions, times in seconds). */
export function summaryJson(r: Result): Record<string, unknown> {
  return {
    offered: r.offered,
    answered: r.answered,
    abandoned: r.abandoned,
    serviceLevel: r.serviceLevel,
    asa: r.asa,
    pWait: r.pWait,
    pAbandon: r.pAbandon,
    occupancy: r.occupancy,
    eventLogHash: r.eventLogHash,
    erlang: { serviceLevel: r.erlang.serviceLevel, asa: r.erlang.asa, pWait: r.erlang.pWait, pAbandon: r.erlang.pAbandon, occupancy: r.erlang.occupancy },
    ...(r.chats ? { chats: r.chats } : {}),
    ...(r.campaigns ? { campaigns: r.campaigns } : {}),
  };
}

/** One line per chat skill: offered, answered, abandoned, service level, concurrent chats per agent. */
function chatLines(chats: NonNullable<Result['chats']>): string[] {
  return [
    'Web chats',
    ...chats.map((c) => `  skill ${c.skillId} (${c.agents} agents): ${c.offered} offered, ${c.answered} answered, ${c.abandoned} abandoned, service level ${pct(c.serviceLevel)}, concurrent chats per agent mean ${num(c.meanConcurrency)} max ${c.maxConcurrency}`),
  ];
}

/** One line per outbound campaign: attempts, connects, abandoned-by-dialer rate, occupancy, idle time, penetration. */
function campaignLines(campaigns: readonly CampaignSummary[]): string[] {
  return [
    'Outbound campaigns',
    ...campaigns.map(
      (c) =>
        `  ${c.campaignId} ${c.mode}: ${c.attempts} attempts, ${c.answered} answered, ${c.connects} connected, abandoned by the dialer ${pct(c.abandonRate)}, ` +
        `agent occupancy ${pct(c.occupancy)}, idle ${secs(c.idleSecondsBetweenCalls)} between calls, list penetration ${pct(c.penetration)} (${pct(c.completed)} closed)`,
    ),
  ];
}
