import { formatIsalesDateTime } from '../../domain/outbound/index.ts';
import { createRng } from '../../domain/time/index.ts';
import { createCampaign } from '../../services/outbound/campaigns/campaign-service.ts';
import { listNumber, type OutboundCampaign } from '../../sim/outbound-scenario.ts';
import { OutboundNetwork, withOutbound } from '../../sim/outbound-network.ts';
import { tallyCampaign, type CampaignReport } from '../../sim/outbound-report.ts';
import { simulatedVdnId } from '../../sim/scenario-tenant.ts';
import type { Scenario } from '../../sim/scenario.ts';
import type { Switch } from '../../telephony/switch.port.ts';
import type { OpenCecApp } from '../build-app.ts';

/**
 * The outbound side of `opencec simulate` (docs/simulator.md "Outbound campaigns"): a scenario's
 * campaigns are created through the server's own campaign service, their lists written to the
 * store, and the server's engine dialer dials them to called parties that behave as the campaign
 * says, beside the inbound traffic (a blended center). The report is read back from the store.
 */

const deviceTypeOf = { predictive: 2, progressive: 6, preview: 5 } as const;
/** Records written to the store per insert. */
const insertBatch = 500;

/** The network of a scenario with campaigns: list numbers answer, are busy or fail with the campaign's odds. */
export function campaignTelephony(base: Switch, scenario: Scenario, seed: number): Switch {
  const campaigns = scenario.campaigns ?? [];
  return campaigns.length === 0 ? base : withOutbound(base, new OutboundNetwork(campaigns, createRng((seed * 2654435761 + 7) >>> 0)));
}

function campaignBody(scenario: Scenario, c: OutboundCampaign, startMs: number, endMs: number): Record<string, unknown> {
  const deviceType = deviceTypeOf[c.mode];
  const ceilingPercent = Math.round((c.abandonRateCeiling ?? 0.03) * 100);
  const predictParam = c.predictParam ?? {
    predictMethod: 3,
    connectPredictParam: { maxAvgCallTime: 200, minAvgCallTime: 50, lossRate: ceilingPercent, waitTime: 2, connRate: Math.max(1, Math.round((c.answerRate ?? 0.35) * 100)) },
  };
  return {
    name: c.name ?? `campaign${c.campaignId}`,
    description: 'simulated',
    strBeginTime: formatIsalesDateTime(startMs),
    strEndTime: formatIsalesDateTime(endMs),
    deviceType,
    callerNo: [{ accessCode: scenario.traffic[0]!.accessCode, priority: 1 }],
    maxAlertingTime: c.maxAlertingTime ?? 25,
    priority: 3,
    scheduleParam: c.scheduleParam ?? { workdayBeginTime1: '00:00', workdayEndTime1: '23:59', holidayBeginTime1: '00:00', holidayEndTime1: '23:59' },
    skillParam: {
      skillId: c.skillId,
      skillName: scenario.skills.find((s) => s.skillId === c.skillId)?.name ?? `Skill${c.skillId}`,
      outBoundType: deviceType,
      ...(c.mode === 'predictive' ? { predictParam } : {}),
      ...(c.mode === 'preview' ? { previewParam: c.previewParam ?? { failInterval: 3, obCallCount: 10, autoCallTime: 5 } } : {}),
    },
    retryPolicy: c.retryPolicy ?? { policyType: 0, resultRetry: [{ result: 1, retryNumber: 1, callInterval: 300 }, { result: 2, retryNumber: 1, callInterval: 900 }] },
    initStatus: 0,
    callbackUrl: 'http://127.0.0.1/simulated',
  };
}

/** Creates the scenario's campaigns and lists; returns each stored campaign id with its scenario campaign. */
export async function startCampaigns(app: OpenCecApp, scenario: Scenario, startMs: number, endMs: number): Promise<Map<number, OutboundCampaign>> {
  const { outbound, repos } = app.services;
  const created = new Map<number, OutboundCampaign>();
  for (const c of scenario.campaigns ?? []) {
    const result = await createCampaign({ ...outbound.deps, runtime: outbound.runtime }, simulatedVdnId, 'v2', campaignBody(scenario, c, startMs, endMs));
    if ('rejected' in result) throw new Error(`scenario campaign ${c.campaignId}: ${result.message}`);
    // Nobody receives the simulated results: a campaign without a callback URL pushes nothing.
    await repos.isalesCampaigns.update(simulatedVdnId, result.id, { callbackUrl: '' });
    for (let from = 0; from < c.numbers; from += insertBatch) {
      const rows = [];
      for (let i = from; i < Math.min(c.numbers, from + insertBatch); i++) {
        rows.push({
          dataId: String(result.id * 10_000_000 + i).padStart(20, '0'), vdnId: simulatedVdnId, campaignId: result.id, sessionId: String(i), caller: null, customField: null,
          recycleTime: null, recycleAtMs: null, callData: `{"record":${i}}`, numbers: JSON.stringify([{ calledNo: listNumber(c.campaignId, i), delayTime: 0, type: null }]),
          state: 'new', numberIndex: 0, attempts: 0, nextAttemptAtMs: null, dialHistory: null, preferredWorkNo: null, busiResult: null, subStatus: null, busiResultDesc: null,
          createdAtMs: startMs, finishedAtMs: null, archived: 0,
        });
      }
      await repos.isalesCallData.insertMany(rows);
    }
    created.set(result.id, c);
  }
  return created;
}

/** Per campaign, what the report says (issue 11 item 6); occupancy counts talk time only here (no per-call wrap-up in the store). */
export type CampaignSummary = CampaignReport;

export async function campaignSummaries(app: OpenCecApp, scenario: Scenario, campaigns: ReadonlyMap<number, OutboundCampaign>, measuredMs: number): Promise<CampaignSummary[]> {
  const { repos } = app.services;
  const out: CampaignSummary[] = [];
  for (const [id, c] of campaigns) {
    const rows = await repos.isalesResults.list(simulatedVdnId, id, { finalOnly: false }, 0, 10_000_000);
    const finished = rows.map((a) => ({ answerMs: a.answerAtMs, releaseMs: a.releaseAtMs ?? a.startedAtMs, failCode: a.failCode ?? '', callStatus: a.callStatus === 6 ? (6 as const) : (5 as const), workNo: a.agentId ? Number(a.agentId) : null, callId: a.callId ?? '' }));
    const counts = await repos.isalesCallData.counts(simulatedVdnId, id, 0);
    const closed = counts.filter((r) => r.state === 'succeeded' || r.state === 'failed').reduce((n, r) => n + r.n, 0);
    const agents = scenario.agents.filter((g) => g.skills.includes(c.skillId)).reduce((n, g) => n + g.count, 0);
    out.push(tallyCampaign({ campaign: c, finished, listSize: c.numbers, started: rows.length, attempted: new Set(rows.map((a) => a.dataId)).size, closed, agents, measuredMs, wrapMs: new Map() }));
  }
  return out;
}
