import { holidaysPerCampaignMax, parseHoliday, reject, type HolidayInput, type IsalesRejection } from '../../../domain/outbound/index.ts';
import type { IsalesHolidayRow } from '../../../store/index.ts';
import { changingCampaign, loadCampaign, type CampaignServiceDeps } from './campaign-service.ts';

const holidayNotFound = (): IsalesRejection => reject('holidayNotFound', 'The holiday does not exist.');

/** The list form of 7.2.1 (Table 7-163). */
export function holidayView(h: IsalesHolidayRow): Record<string, unknown> {
  return { id: h.holidayId, name: h.name, type: h.type, week: h.week, beginTime: h.beginTime, endTime: h.endTime };
}

export async function listHolidays(deps: CampaignServiceDeps, vdnId: number, campaignId: number): Promise<Record<string, unknown>[] | IsalesRejection> {
  const campaign = await loadCampaign(deps, vdnId, campaignId);
  if ('rejected' in campaign) return campaign;
  return (await deps.repos.isalesCampaigns.holidays(vdnId, campaignId)).map(holidayView);
}

/**
 * 7.2.2 / 7.2.3: the campaign exists (0200007), the holiday is well formed (0200030 for dates),
 * its name is unique in the campaign (0200013), at most 20 (0200015); modify names it by `id`
 * (0200014 when unknown). The dialer gets the new calendar at once.
 */
export async function saveHoliday(deps: CampaignServiceDeps, vdnId: number, campaignId: number, input: HolidayInput & { id?: number }): Promise<{ id: number } | IsalesRejection> {
  return changingCampaign(deps, vdnId, campaignId, async () => {
    const campaign = await loadCampaign(deps, vdnId, campaignId);
    if ('rejected' in campaign) return campaign;
    const existing = await deps.repos.isalesCampaigns.holidays(vdnId, campaignId);
    const self = input.id === undefined ? undefined : existing.find((h) => h.holidayId === input.id);
    if (input.id !== undefined && !self) return holidayNotFound();
    const rule = parseHoliday(input);
    if ('rejected' in rule) return rule;
    if (existing.some((h) => h.name === input.name && h.holidayId !== input.id)) return reject('holidayNameExists', 'The holiday name already exists.');
    if (!self && existing.length >= holidaysPerCampaignMax) return reject('holidayLimit', 'The number of holidays reaches the upper limit.');
    const holidayId = self?.holidayId ?? (await deps.repos.idCounters.next('isales-holiday', 1_000_000_001));
    const row: IsalesHolidayRow = { vdnId, campaignId, holidayId, name: input.name, ...rule };
    if (self) await deps.repos.isalesCampaigns.updateHoliday(row);
    else await deps.repos.isalesCampaigns.insertHoliday(row);
    await deps.runtime.reconcile(vdnId, campaignId);
    return { id: holidayId };
  });
}

/** 7.2.4 (one holiday, 0200014 when unknown) and 7.2.5 (all of them). */
export async function deleteHolidays(deps: CampaignServiceDeps, vdnId: number, campaignId: number, holidayId?: number): Promise<void | IsalesRejection> {
  return changingCampaign(deps, vdnId, campaignId, async () => {
    const campaign = await loadCampaign(deps, vdnId, campaignId);
    if ('rejected' in campaign) return campaign;
    const removed = await deps.repos.isalesCampaigns.removeHolidays(vdnId, campaignId, holidayId);
    if (holidayId !== undefined && removed === 0) return holidayNotFound();
    await deps.runtime.reconcile(vdnId, campaignId);
    return undefined;
  });
}
