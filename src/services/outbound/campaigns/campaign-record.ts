import type { Insertable } from 'kysely';
import {
  callPolicyView,
  formatIsalesDate,
  retryPolicyDetail,
  skillParamView,
  type CallerNo,
  type CallPolicy,
  type CampaignInput,
  type IvrParam,
  type RetryPolicy,
  type ScheduleParam,
  type SkillParam,
} from '../../../domain/outbound/index.ts';
import type { IsalesCallerNoRow, IsalesCampaignRow, IsalesCampaignTable } from '../../../store/index.ts';

/** A stored campaign with its parsed fields and calling numbers. */
export interface StoredCampaign extends CampaignInput {
  vdnId: number;
  campaignId: number;
  status: number;
}

const json = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

export function campaignRow(vdnId: number, campaignId: number, input: CampaignInput, status: number, nowMs: number): Insertable<IsalesCampaignTable> {
  return {
    vdnId,
    campaignId,
    name: input.name,
    description: input.description,
    deviceType: input.deviceType,
    status,
    beginMs: input.beginMs,
    endMs: input.endMs,
    maxAlertingTime: input.maxAlertingTime,
    priority: input.priority,
    schedule: JSON.stringify(input.schedule),
    ivrParam: input.ivrParam ? JSON.stringify(input.ivrParam) : null,
    skillParam: input.skillParam ? JSON.stringify(input.skillParam) : null,
    callbackUrl: input.callbackUrl,
    cclId: input.cclId,
    retryPolicy: input.retryPolicy ? JSON.stringify(input.retryPolicy) : null,
    callPolicy: input.callPolicy ? JSON.stringify(input.callPolicy) : null,
    archived: 0,
    createdAtMs: nowMs,
    updatedAtMs: nowMs,
  };
}

export function storedCampaign(row: IsalesCampaignRow, callerNos: readonly IsalesCallerNoRow[]): StoredCampaign {
  return {
    vdnId: row.vdnId,
    campaignId: row.campaignId,
    status: row.status,
    name: row.name,
    description: row.description,
    beginMs: Number(row.beginMs),
    endMs: Number(row.endMs),
    deviceType: row.deviceType,
    callerNos: callerNos.map((c): CallerNo => ({ accessCode: c.accessCode, priority: c.priority })),
    maxAlertingTime: row.maxAlertingTime,
    priority: row.priority,
    schedule: json<ScheduleParam>(row.schedule)!,
    ivrParam: json<IvrParam>(row.ivrParam),
    skillParam: json<SkillParam>(row.skillParam),
    initStatus: 0,
    callbackUrl: row.callbackUrl,
    cclId: row.cclId,
    retryPolicy: json<RetryPolicy>(row.retryPolicy),
    callPolicy: json<CallPolicy>(row.callPolicy),
  };
}

/** V1 shows one calling number: the highest-priority one (note 04 §8.5). */
export function primaryCallerNo(campaign: Pick<StoredCampaign, 'callerNos'>): string {
  return [...campaign.callerNos].sort((a, b) => a.priority - b.priority)[0]?.accessCode ?? '';
}

/**
 * 7.1.6 detail (Table 7-85…7-96, example ref L23575–23626): times date-only as the example shows,
 * `callBackUrl` spelled as in the example, and the policies of a V2 campaign.
 */
export function campaignDetail(c: StoredCampaign): Record<string, unknown> {
  const skill = c.skillParam ? skillParamView(c.skillParam) : null;
  return {
    id: c.campaignId,
    name: c.name,
    description: c.description,
    status: c.status,
    strBeginTime: formatIsalesDate(c.beginMs),
    strEndTime: formatIsalesDate(c.endMs),
    deviceType: c.deviceType,
    callerNo: primaryCallerNo(c),
    maxAlertingTime: c.maxAlertingTime,
    priority: c.priority,
    scheduleParam: c.schedule,
    ivrParam: c.ivrParam,
    skillParam: skill,
    // The example carries previewParam beside skillParam (ref L23623), the table inside it (note 04 §8.4 #11): both.
    previewParam: skill?.previewParam ?? null,
    callBackUrl: c.callbackUrl,
    retryPolicy: c.retryPolicy ? retryPolicyDetail(c.retryPolicy) : null,
    callPolicy: c.callPolicy ? callPolicyView(c.callPolicy) : null,
  };
}

/** 7.1.7 list item (Table 7-107, example ref L23755). */
export function campaignListItem(c: StoredCampaign): Record<string, unknown> {
  return { id: c.campaignId, name: c.name, status: c.status, strBeginTime: formatIsalesDate(c.beginMs), strEndTime: formatIsalesDate(c.endMs), deviceType: c.deviceType, callerNo: primaryCallerNo(c) };
}
