import type { DialHistory } from '../../../domain/outbound/dialing/index.ts';
import { reject, type BusiRetry, type IsalesRejection, type RetryPolicy } from '../../../domain/outbound/index.ts';
import type { Repositories } from '../../../store/index.ts';
import { changingCampaign, type CampaignServiceDeps } from '../campaigns/campaign-service.ts';
import { storedCampaign } from '../campaigns/campaign-record.ts';
import { recordNumbers } from '../call-data/dial-targets.ts';

/** Whether a business result (and sub-status) is defined for the tenant (7.1.12, O2's lookup); any by default. */
export type BusinessResultCheck = (repos: Repositories, vdnId: number, busiResult: string, subStatus: string | undefined) => Promise<'ok' | 'unknownResult' | 'subStatusMismatch'>;

export interface WriteBack {
  busiResult: string;
  subStatus?: string;
  busiResultDesc?: string;
  workNo?: string;
}

/** The busiPolicy entry for a result: one naming the sub-status wins over one for the code alone (note 04 §5.11). */
export function busiPolicyFor(policy: RetryPolicy | null, busiResult: string, subStatus: string | undefined): BusiRetry | undefined {
  const entries = policy?.busiPolicy ?? [];
  return (
    entries.find((e) => e.busiResultCode === busiResult && subStatus !== undefined && e.busiResultSubCode === subStatus) ??
    entries.find((e) => e.busiResultCode === busiResult && !e.busiResultSubCode)
  );
}

/**
 * 7.7.1 (note 04 §5.11): the record exists in the tenant (0200033) and was connected; the result
 * (and sub-status, 0200034) is defined; then the record keeps the result, and the campaign's
 * busiPolicy may re-open it — 1 the next number, 2 the same number, after callInterval s, routed
 * to `workNo` when given. Storage failure → 0200999.
 */
export async function writeBackBusinessResult(deps: CampaignServiceDeps, vdnId: number, dataId: string, input: WriteBack, check: BusinessResultCheck): Promise<void | IsalesRejection> {
  const record = await deps.repos.isalesCallData.find(vdnId, dataId);
  if (!record) return reject('dataNotFound', 'The outbound call data does not exist.');
  return changingCampaign(deps, vdnId, record.campaignId, async () => {
    const latest = await deps.repos.isalesResults.latestOf(dataId);
    if (!latest || latest.callStatus !== 6) return reject('parameterError', 'The outbound call of this data has not been connected.');
    const known = await check(deps.repos, vdnId, input.busiResult, input.subStatus);
    if (known === 'unknownResult') return reject('parameterError', 'The business result is not defined.');
    if (known === 'subStatusMismatch') return reject('substatusMismatch', 'The substatus does not match the business result.');
    const row = await deps.repos.isalesCampaigns.find(vdnId, record.campaignId);
    const campaign = row ? storedCampaign(row, []) : undefined;
    const entry = busiPolicyFor(campaign?.retryPolicy ?? null, input.busiResult, input.subStatus);
    const numbers = recordNumbers(record);
    const nextIndex = entry?.busiResultPolicy === 1 ? record.numberIndex + 1 : record.numberIndex;
    const reopen = entry !== undefined && entry.busiResultPolicy !== 0 && nextIndex < numbers.length;
    const now = deps.clock.now();
    try {
      await deps.repos.isalesCallData.update(dataId, {
        busiResult: input.busiResult, subStatus: input.subStatus ?? null, busiResultDesc: input.busiResultDesc ?? null,
        ...(reopen ? { state: 'waiting', numberIndex: nextIndex, nextAttemptAtMs: now + (entry.callInterval ?? 0) * 1000, finishedAtMs: null, preferredWorkNo: input.workNo ?? null, dialHistory: reopenedHistory(record.dialHistory, nextIndex) } : {}),
      });
      await deps.repos.isalesResults.update(dataId, latest.attemptNo, { final: reopen ? 0 : 1 });
    } catch {
      return reject('writeBackFailed', 'Failed to write back the business result.');
    }
    if (reopen) await deps.runtime.reconcile(vdnId, record.campaignId);
    return undefined;
  });
}

/** The dialer's history with the chosen number open again (the engine had closed it on success). */
function reopenedHistory(text: string | null, numberIndex: number): string | null {
  if (!text) return null;
  const history = JSON.parse(text) as DialHistory;
  const numbers = history.numbers.map((n, i) => (i === numberIndex ? { ...n, final: false } : n));
  return JSON.stringify({ ...history, numberIndex, numbers });
}
