import { FieldReader, parseV1RetryPolicy, reject, retryPolicyView, type IsalesRejection } from '../../../domain/outbound/index.ts';
import { inTransaction } from '../../../store/index.ts';
import { changingCampaign, loadCampaign, type CampaignServiceDeps } from './campaign-service.ts';
import type { OutboundDeps } from './outbound-deps.ts';

/** CEC §7.1.15/7.1.16 (ref L24707, L24828): 100 calling numbers per request; a campaign keeps at least one. */
export const callerNosPerRequestMax = 100;
/** The reference leaves the campaign total to a system parameter (note 04 §5.4): 100 here (decision 0703). */
export const callerNosPerCampaignMax = 100;

/** 7.1.10: replaces the campaign's retry policy with the V1 form (its identifier stays). */
export async function setRetryPolicy(deps: CampaignServiceDeps, vdnId: number, campaignId: number, body: { policyType: number; policyJson: unknown; noRetryPolicy?: unknown }): Promise<void | IsalesRejection> {
  return changingCampaign(deps, vdnId, campaignId, async () => {
    const campaign = await loadCampaign(deps, vdnId, campaignId);
    if ('rejected' in campaign) return campaign;
    const policy = parseV1RetryPolicy(body, campaign.retryPolicy?.retryPolicyId ?? deps.ids.next());
    if ('rejected' in policy) return policy;
    if (campaign.callPolicy?.callType === 1 && policy.policyType !== 1) return reject('invalidCombination', 'a round call policy requires policyType 1');
    await deps.repos.isalesCampaigns.update(vdnId, campaignId, { retryPolicy: JSON.stringify(policy), updatedAtMs: deps.clock.now() });
    await deps.runtime.reconcile(vdnId, campaignId);
    return undefined;
  });
}

/** 7.1.11: `data` is the policy in its query form; a campaign without one shows an empty common policy. */
export async function getRetryPolicy(deps: OutboundDeps, vdnId: number, campaignId: number): Promise<Record<string, unknown> | IsalesRejection> {
  const campaign = await loadCampaign(deps, vdnId, campaignId);
  if ('rejected' in campaign) return campaign;
  if (!campaign.retryPolicy) return { retryPolicyId: '', policyType: 0, policyJson: '[]', noRetryPolicy: '', busiPolicy: '' };
  return retryPolicyView(campaign.retryPolicy);
}

function callerList(body: Record<string, unknown>, withPriority: boolean): Array<{ accessCode: string; priority: number }> | IsalesRejection {
  const list = body.callerNo;
  if (list === undefined || list === null || (Array.isArray(list) && list.length === 0)) return reject('empty', 'callerNo is mandatory');
  if (!Array.isArray(list)) return reject('wrongType', 'callerNo must be a list');
  if (list.length > callerNosPerRequestMax) return reject('tooManyParameters', `A maximum of ${callerNosPerRequestMax} calling numbers can be handled at a time.`);
  const out: Array<{ accessCode: string; priority: number }> = [];
  for (const item of list) {
    if (typeof item !== 'object' || item === null) return reject('wrongType', 'callerNo entries must be objects');
    const r = new FieldReader(item as Record<string, unknown>, 'callerNo.');
    // Table 7-149 (ref L24747): at most 24 characters, only digits.
    const accessCode = r.text('accessCode', { max: 24, required: true, pattern: /^\d+$/ });
    const priority = withPriority ? r.int('priority', { min: 1, max: 5, required: true }) : 1;
    if (r.rejection) return r.rejection;
    if (out.some((c) => c.accessCode === accessCode)) return reject('invalidCombination', `callerNo ${accessCode} is repeated`);
    out.push({ accessCode: accessCode!, priority: priority! });
  }
  return out;
}

/** 7.1.15: adds calling numbers; one already in the campaign takes the new priority. */
export async function addCallerNos(deps: CampaignServiceDeps, vdnId: number, campaignId: number, body: Record<string, unknown>): Promise<void | IsalesRejection> {
  const list = callerList(body, true);
  if ('rejected' in list) return list;
  return changingCampaign(deps, vdnId, campaignId, async () => {
    const campaign = await loadCampaign(deps, vdnId, campaignId);
    if ('rejected' in campaign) return campaign;
    const kept = campaign.callerNos.filter((c) => !list.some((n) => n.accessCode === c.accessCode));
    if (kept.length + list.length > callerNosPerCampaignMax) return reject('tooManyParameters', `A campaign has at most ${callerNosPerCampaignMax} calling numbers.`);
    await inTransaction(deps.store, async (repos) => {
      await repos.isalesCampaigns.removeCallerNos(vdnId, campaignId, list.map((c) => c.accessCode));
      await repos.isalesCampaigns.addCallerNos(list.map((c) => ({ vdnId, campaignId, ...c })));
    });
    await deps.runtime.reconcile(vdnId, campaignId);
    return undefined;
  });
}

/** 7.1.16: removes calling numbers; "At least one calling number must be reserved" (ref L24828) → 0200001. Returns how many went. */
export async function deleteCallerNos(deps: CampaignServiceDeps, vdnId: number, campaignId: number, body: Record<string, unknown>): Promise<number | IsalesRejection> {
  const list = callerList(body, false);
  if ('rejected' in list) return list;
  return changingCampaign(deps, vdnId, campaignId, async () => {
    const campaign = await loadCampaign(deps, vdnId, campaignId);
    if ('rejected' in campaign) return campaign;
    const remaining = campaign.callerNos.filter((c) => !list.some((n) => n.accessCode === c.accessCode));
    if (remaining.length === 0) return reject('parameterError', 'At least one calling number must be reserved for a campaign.');
    const removed = await deps.repos.isalesCampaigns.removeCallerNos(vdnId, campaignId, list.map((c) => c.accessCode));
    await deps.runtime.reconcile(vdnId, campaignId);
    return removed;
  });
}
