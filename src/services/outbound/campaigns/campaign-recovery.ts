import { failCodeOnRestart } from '../../../domain/outbound/dialing/index.ts';
import { campaignStatus } from '../../../domain/outbound/index.ts';
import { inTransaction } from '../../../store/index.ts';
import { recoveryWrite, type VdnScope } from '../../vdn-placement.ts';
import { pushedResult, queueResultPush } from '../results/result-push.ts';
import type { CampaignRuntime } from './campaign-runtime.ts';
import { withCampaignLock, type OutboundDeps } from './outbound-deps.ts';

/**
 * Start-up after a stop or crash (issue 11: "A campaign survives a restart mid-run"). Attempts that
 * had started but not finished are settled as failed with 34607 (decision 0753 of the dialer
 * contract) and their results pushed; their records wait for a new attempt, numbered after the
 * settled one, so no number is dialled twice for the same attempt. Records the dialer held in its
 * buffer go back to waiting. Then every campaign not completed is reconciled: running campaigns
 * are handed back to the dialer, and the clock's begin and end timers are armed again.
 */
export async function recoverCampaigns(deps: OutboundDeps, runtime: CampaignRuntime, settle = true): Promise<{ settledAttempts: number; campaigns: number }> {
  const settledAttempts = settle ? await settleInterruptedAttempts(deps) : 0;
  return { settledAttempts, campaigns: await reconcileCampaigns(deps, runtime) };
}

/**
 * The store side of the recovery: settles the interrupted attempts and returns the buffered
 * records to waiting, of every VDN or only of `scope`'s (a new owner takes a VDN over before its
 * engine dials anything, decision 1730; the fenced transactions write nothing once the lease moved).
 */
export async function settleInterruptedAttempts(deps: OutboundDeps, scope?: VdnScope): Promise<number> {
  const now = deps.clock.now();
  const write = recoveryWrite(scope, (work) => inTransaction(deps.store, work));
  const unfinished = await deps.repos.isalesResults.unfinished(scope?.vdnId);
  for (const attempt of unfinished) {
    const pushed = await write(async (repos) => {
      await repos.isalesResults.update(attempt.dataId, attempt.attemptNo, { phase: 'finished', callStatus: 5, failCode: failCodeOnRestart, releaseAtMs: now, final: 0 });
      await repos.isalesCallData.update(attempt.dataId, { state: 'waiting', nextAttemptAtMs: now });
      const record = await repos.isalesCallData.find(attempt.vdnId, attempt.dataId);
      const campaign = await repos.isalesCampaigns.find(attempt.vdnId, attempt.campaignId);
      const settled = await repos.isalesResults.find(attempt.dataId, attempt.attemptNo);
      return record && campaign && settled ? { url: campaign.callbackUrl, result: pushedResult(attempt.vdnId, settled, record) } : undefined;
    });
    if (pushed) await queueResultPush(deps, pushed.url, attempt.vdnId, [pushed.result]);
  }
  await write((repos) => repos.isalesCallData.moveStates(scope?.vdnId, undefined, ['fed', 'dialing'], { state: 'waiting', nextAttemptAtMs: now }));
  return unfinished.length;
}

/** Hands every campaign not completed (of every VDN, or of `vdnId`) to the runtime's clock and dialer. */
export async function reconcileCampaigns(deps: OutboundDeps, runtime: CampaignRuntime, vdnId?: number): Promise<number> {
  const all = await deps.repos.isalesCampaigns.inStatuses([campaignStatus.waiting, campaignStatus.started, campaignStatus.suspended]);
  const campaigns = vdnId === undefined ? all : all.filter((c) => c.vdnId === vdnId);
  for (const c of campaigns) await withCampaignLock(deps, c.vdnId, c.campaignId, () => runtime.reconcile(c.vdnId, c.campaignId));
  return campaigns.length;
}
