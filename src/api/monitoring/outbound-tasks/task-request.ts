import { Type } from '@sinclair/typebox';
import { parseIsalesDate } from '../../../domain/outbound/index.ts';
import { vdnTimeZone } from '../../../services/outbound/campaigns/vdn-time-zone.ts';
import type { ApiServices } from '../../services.ts';
import { cmsFailure } from '../cms-request.ts';

/** `taskId`: a String of ≤30 characters in 12.3.5.2, an Integer in 12.3.5.3's table, a string in its example: both are taken. */
export const taskIdSchema = Type.Union([Type.String({ minLength: 1, maxLength: 30 }), Type.Integer({ minimum: 0 })], { description: 'task (campaign) id, ≤30 characters' });

/** The campaign a CC-CMS task id names in the tenant; an unknown one is an invalid parameter (0100002). */
export async function taskCampaign(services: ApiServices, vdnId: number, taskId: string | number): Promise<number> {
  const text = String(taskId).trim();
  const campaign = /^\d{1,10}$/.test(text) ? await services.repos.isalesCampaigns.find(vdnId, Number(text)) : undefined;
  if (!campaign) throw cmsFailure('invalidParameter', 'taskId does not exist');
  return campaign.campaignId;
}

/** Longest daily range: the reference names none; as for the settlement and day indicators (decision 0756, 0830). */
export const taskDaysMax = 31;

/** [beginDayTime, endDayTime] as `YYYY-MM-DD` days of the VDN's time zone (ref L62970–L62971). */
export async function taskDayRange(services: ApiServices, vdnId: number, begin: string, end: string): Promise<{ fromDate: string; toDate: string; timeZone: string }> {
  const fromMs = parseIsalesDate(begin);
  const toMs = parseIsalesDate(end);
  if (fromMs === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(begin.trim())) throw cmsFailure('invalidParameter', 'beginDayTime must be YYYY-MM-DD');
  if (toMs === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(end.trim())) throw cmsFailure('invalidParameter', 'endDayTime must be YYYY-MM-DD');
  if (toMs < fromMs) throw cmsFailure('invalidParameter', 'endDayTime must not be before beginDayTime');
  if ((toMs - fromMs) / 86_400_000 + 1 > taskDaysMax) throw cmsFailure('invalidParameter', `the range may span at most ${taskDaysMax} days`);
  return { fromDate: begin.trim(), toDate: end.trim(), timeZone: await vdnTimeZone(services.repos, vdnId) };
}
