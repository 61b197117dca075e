import { failCodeOnRestart } from '../../../domain/outbound/dialing/index.ts';
import { campaignStatus } from '../../../domain/outbound/index.ts';
import { inTransaction } from '../../../store/index.ts';
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
export async function recoverCampaigns(deps: OutboundDeps, runtime: CampaignRuntime): Promise<{ settledAttempts: number; campaigns: number }> {
  const now = deps.clock.now();
  const unfinished = await deps.repos.isalesResults.unfinished();
  for (const attempt of unfinished) {
    const pushed = await inTransaction(deps.store, async (repos) => {
      await repos.isalesResults.update(attempt.dataId, attempt.attemptNo, { phase: 'finished', callStatus: 5, failCode: failCodeOnRestart, releaseAtMs: now, final: 0 });
      await repos.isalesCallData.update(attempt.dataId, { state: 'waiting', nextAttemptAtMs: now });
      const record = await repos.isalesCallData.find(attempt.vdnId, attempt.dataId);
      const campaign = await repos.isalesCampaigns.find(attempt.vdnId, attempt.campaignId);
      const settled = await repos.isalesResults.find(attempt.dataId, attempt.attemptNo);
      return record && campaign && settled ? { url: campaign.callbackUrl, result: pushedResult(attempt.vdnId, settled, record) } : undefined;
    });
    if (pushed) await queueResultPush(deps, pushed.url, attempt.vdnId, [pushed.result]);
  }
  await deps.repos.isalesCallData.moveStates(undefined, undefined, ['fed', 'dialing'], { state: 'waiting', nextAttemptAtMs: now });
  const campaigns = await deps.repos.isalesCampaigns.inStatuses([campaignStatus.waiting, campaignStatus.started, campaignStatus.suspended]);
  for (const c of campaigns) await withCampaignLock(deps, c.vdnId, c.campaignId, () => runtime.reconcile(c.vdnId, c.campaignId));
  return { settledAttempts: unfinished.length, campaigns: campaigns.length };
}
