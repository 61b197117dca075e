import type { DialerCampaignSpec, DialerDeviceType, NumberTypeRetry, RetryPolicy as DialerRetryPolicy, ResultType } from '../../../domain/outbound/dialing/index.ts';
import type { IsalesHolidayRow } from '../../../store/index.ts';
import type { RetryPolicy } from '../../../domain/outbound/index.ts';
import type { StoredCampaign } from './campaign-record.ts';

/** Limits of a campaign's dialling that the reference leaves to the platform (decision 0703). */
export const campaignDialLimits = { maxConcurrentCalls: 100 };

function dialerRetryPolicy(policy: RetryPolicy | null): DialerRetryPolicy {
  // A V1 campaign has no retry policy until 7.1.10 sets one: one attempt per number (note 04 §5.2).
  if (!policy) return { policyType: 0, retryDay: 1, retryTimes: 1 };
  const numberTypes = policy.numberTypes?.map((n): NumberTypeRetry =>
    n.type === 1
      ? { dataType: n.dataType, type: 1, policy: (n.results ?? []).map((r) => ({ ...r, result: r.result as ResultType })) }
      : { dataType: n.dataType, type: 0, policy: { retryDay: n.retryDay ?? 1, retryTimes: n.retryTimes ?? 1, ...(n.callInterval ? { callInterval: n.callInterval } : {}) } },
  );
  return {
    policyType: policy.policyType,
    retryDay: policy.retryDay ?? null,
    retryTimes: policy.retryTimes ?? null,
    callInterval: policy.callInterval ?? null,
    resultRetry: policy.resultRetry?.map((r) => ({ ...r, result: r.result as ResultType })) ?? null,
    policyJson: numberTypes ?? null,
    busiPolicy: policy.busiPolicy ?? null,
    noRetryPolicy: policy.noRetryPolicy,
  };
}

/** The engine's view of a stored campaign (everything but the callback URL, which stays with the service). */
export function dialerSpec(campaign: StoredCampaign, holidays: readonly IsalesHolidayRow[], timeZone: string): DialerCampaignSpec {
  const skill = campaign.skillParam;
  return {
    campaignId: campaign.campaignId,
    deviceType: campaign.deviceType as DialerDeviceType,
    priority: campaign.priority ?? 5,
    skillId: skill?.skillId ?? null,
    callerNos: campaign.callerNos,
    maxAlertingTime: campaign.maxAlertingTime,
    schedule: {
      beginMs: campaign.beginMs,
      endMs: campaign.endMs,
      scheduleParam: campaign.schedule,
      holidays: holidays.map((h) => ({ type: h.type as 1 | 2 | 3, week: h.week, beginTime: h.beginTime, endTime: h.endTime })),
      // Windows and holidays are the VDN's local times; strBeginTime/strEndTime stay UTC (decisions 0750, 0701).
      timeZone,
    },
    retryPolicy: dialerRetryPolicy(campaign.retryPolicy),
    callPolicy: campaign.callPolicy
      ? { callType: campaign.callPolicy.callType, chooseType: campaign.callPolicy.chooseType ?? null, turns: campaign.callPolicy.turns.map((t) => ({ turnType: t.turnType ?? null, turnOrder: t.turnOrder ?? null })) }
      : { callType: 0 },
    previewParam: skill?.previewParam ?? null,
    predictParam: (skill?.predictParam as DialerCampaignSpec['predictParam']) ?? null,
    ivrParam: campaign.ivrParam,
    maxConcurrentCalls: campaignDialLimits.maxConcurrentCalls,
  };
}
