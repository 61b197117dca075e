import type { ApiEndpoint } from '../../define-endpoint.ts';
import { addCampaignV1, addCampaignV2 } from './add-campaign.endpoint.ts';
import { addCallerNo, deleteCallerNo } from './caller-numbers.endpoint.ts';
import { pauseCampaign, resumeCampaign } from './control-campaign.endpoint.ts';
import { deleteCampaign } from './delete-campaign.endpoint.ts';
import { failStatistics } from './fail-statistics.endpoint.ts';
import { getCampaign } from './get-campaign.endpoint.ts';
import { addHoliday, deleteAllHolidays, deleteHoliday, listHolidays, modifyHoliday } from './holidays.endpoint.ts';
import { listCampaigns } from './list-campaigns.endpoint.ts';
import { modifyCampaignV1, modifyCampaignV2 } from './modify-campaign.endpoint.ts';
import { getRetryPolicy, setRetryPolicy } from './retry-policy.endpoint.ts';

/** CC-iSales campaigns (7.1.1–7.1.11, 7.1.14–7.1.16) and their holidays (7.2). */
export const campaignEndpoints: readonly ApiEndpoint[] = [
  addCampaignV1,
  addCampaignV2,
  modifyCampaignV1,
  modifyCampaignV2,
  deleteCampaign,
  getCampaign,
  listCampaigns,
  pauseCampaign,
  resumeCampaign,
  setRetryPolicy,
  getRetryPolicy,
  failStatistics,
  addCallerNo,
  deleteCallerNo,
  listHolidays,
  addHoliday,
  modifyHoliday,
  deleteHoliday,
  deleteAllHolidays,
];
