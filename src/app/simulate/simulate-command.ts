import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildApp, type OpenCecApp } from '../build-app.ts';
import { parseConfig } from '../config.ts';
import { createRng } from '../../domain/time/index.ts';
import { runSimulation, type SimulationResult } from '../../sim/run-simulation.ts';
import { scenarioTenant } from '../../sim/scenario-tenant.ts';
import { ScenarioSwitch } from '../../sim/scenario-switch.ts';
import { VirtualClock } from '../../sim/virtual-clock.ts';
import type { Scenario } from '../../sim/scenario.ts';
import { htmlReport } from './html-report.ts';
import { indicatorsRecompute } from './indicators-recompute.ts';
import { parseSimulateFlags } from './simulate-flags.ts';
import { summaryJson, summaryText } from './summary-text.ts';
import { campaignSummaries, campaignTelephony, startCampaigns, type CampaignSummary } from './simulate-campaigns.ts';

/** Simulated time between waits for the campaign service's store work (feeding the dialer). */
const campaignStepMs = 2_000;

/** 2026-01-05T00:00:00Z: simulated days start at midnight of a Monday. */
const simulationEpochMs = Date.UTC(2026, 0, 5, 0, 0, 0);

/**
 * Runs a scenario on a whole server (in-memory store, virtual clock, the simulated network with
 * the scenario's behaviour): the same engine, routing and records as `opencec start`.
 */
export async function simulate(
  scenario: Scenario,
  seed: number,
  onProgress?: (fraction: number) => void,
  afterRun?: (app: OpenCecApp, result: SimulationResult) => Promise<void>,
): Promise<SimulationResult & { campaigns?: CampaignSummary[] }> {
  const { spec, agents } = scenarioTenant(scenario);
  const telephony = new ScenarioSwitch(createRng((seed * 2654435761 + 1) >>> 0));
  scenario.agents.forEach((group, index) => {
    for (const plan of agents) if (plan.group === index) telephony.setAnswerDelay(plan.workNo, group.answerDelay);
  });
  const clock = new VirtualClock(simulationEpochMs);
  const config = parseConfig(['--store', 'sqlite::memory:', '--seed', String(seed), '--data-dir', '/tmp/opencec-simulate', '--recording-files', 'lazy'], {});
  const app = await buildApp({ config, clock, logger: { level: 'warn' }, tenant: spec, telephony: campaignTelephony(telephony, scenario, seed), passwordCostN: 1024 });
  try {
    const { cti } = app.services;
    if (scenario.dialogues) cti.recordingFiles.setScripts(spec.vdnId, scenario.dialogues);
    const host = {
      clock,
      registry: cti.registry,
      records: cti.records,
      eventTaps: cti.eventTaps,
      factTaps: cti.factTaps,
      cdrCompleteness: (vdnId: number) => app.services.repos.ctiRecords.cdrCompleteness(vdnId),
      ...(scenario.campaigns?.length ? { background: { stepMs: campaignStepMs, settle: () => app.services.settle() } } : {}),
    };
    const durationMs = scenario.durationHours * 3_600_000;
    const campaigns = await startCampaigns(app, scenario, clock.now(), clock.now() + durationMs);
    const result: SimulationResult & { campaigns?: CampaignSummary[] } = await runSimulation(host, { scenario, seed, agents, onProgress });
    if (campaigns.size > 0) result.campaigns = await campaignSummaries(app, scenario, campaigns, durationMs);
    result.invariantViolations.push(...(await indicatorsRecompute(app, scenario, result, { accessKey: config.globalAccessKey, secretKey: config.globalSecretKey })));
    await afterRun?.(app, result);
    return result;
  } finally {
    await app.close();
  }
}

/** `opencec simulate ...`: returns the exit code (1 when an invariant broke). */
export async function simulateCommand(argv: readonly string[]): Promise<number> {
  const flags = parseSimulateFlags(argv);
  const started = performance.now();
  const bar = flags.progress && process.stderr.isTTY ? progressBar() : undefined;
  const result = await simulate(flags.scenario, flags.seed, bar);
  if (bar) process.stderr.write('\n');
  const wallMs = performance.now() - started;
  if (flags.json) process.stdout.write(`${JSON.stringify(summaryJson(result))}\n`);
  else process.stdout.write(`${flags.scenario.name ?? 'Scenario'}\n${summaryText(result, wallMs)}`);
  if (flags.reportFile) {
    fs.writeFileSync(flags.reportFile, htmlReport(result, flags.scenario.name ?? 'OpenCEC simulation', wallMs));
    if (!flags.json) process.stdout.write(`Report written to ${flags.reportFile}\n`);
  }
  return result.invariantViolations.length > 0 ? 1 : 0;
}

function progressBar(): (fraction: number) => void {
  let last = -1;
  return (fraction) => {
    const percent = Math.floor(fraction * 100);
    if (percent === last) return;
    last = percent;
    const filled = Math.round(fraction * 40);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(40 - filled)}] ${String(percent).padStart(3)}%`);
  };
}
