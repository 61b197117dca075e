import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { dailyTaskStatistics } from '../../../services/outbound/statistics/task-statistics.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { ccIdSchema, cmsKeyAliases, cmsTenant, vdnIdSchema } from '../cms-request.ts';
import { taskCampaign, taskDayRange, taskIdSchema } from './task-request.ts';

/**
 * CEC §12.3.5.2 (ref L62936–L63026): per VDN-local day of [beginDayTime, endDayTime] with calls,
 * the task's finished call attempts, those connected, and the connection rate ("50.5%").
 */
export const taskDailyStatistic = defineEndpoint({
  section: '12.3.5.2',
  name: 'fromisales/dailystatistic',
  summary: 'Querying the daily settlement statistics of a specified task',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/fromisales/dailystatistic',
  auth: 'C2-any',
  envelope: cmsEnvelope,
  keyAliases: { ccId: [...cmsKeyAliases.ccId, 'ccld'] },
  body: Type.Object({
    ccId: Type.Optional(ccIdSchema),
    vdn: vdnIdSchema,
    taskId: taskIdSchema,
    beginDayTime: Type.String({ maxLength: 10, description: 'YYYY-MM-DD, VDN time zone' }),
    endDayTime: Type.String({ maxLength: 10, description: 'YYYY-MM-DD, VDN time zone' }),
  }),
  response: Type.Object({ resultDesc: Type.Array(Type.Object({ statDate: Type.String(), totalCount: Type.Integer(), succCount: Type.Integer(), succRate: Type.String() })) }),
  errors: ['0100002', '0101003'],
  async handler({ body, auth, services }) {
    const vdnId = await cmsTenant(services, auth, body);
    const campaignId = await taskCampaign(services, vdnId, body.taskId);
    const range = await taskDayRange(services, vdnId, body.beginDayTime, body.endDayTime);
    return { resultDesc: await dailyTaskStatistics(services.repos, vdnId, campaignId, range.fromDate, range.toDate, range.timeZone) };
  },
});
