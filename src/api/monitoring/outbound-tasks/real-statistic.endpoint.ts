import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { realtimeTaskStatistics } from '../../../services/outbound/statistics/task-statistics.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { ccIdSchema, cmsKeyAliases, cmsTenant, vdnIdSchema } from '../cms-request.ts';
import { taskCampaign, taskIdSchema } from './task-request.ts';

/**
 * CEC §12.3.5.3 (ref L63027–L63117): the task's records now — completed (succeeded or failed),
 * waiting and being processed — with the success and completion rates (decision 0756).
 */
export const taskRealStatistic = defineEndpoint({
  section: '12.3.5.3',
  name: 'fromisales/realstatistic',
  summary: 'Querying the real-time statistics of a specified task',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/fromisales/realstatistic',
  auth: 'C2-any',
  envelope: cmsEnvelope,
  keyAliases: { ccId: [...cmsKeyAliases.ccId, 'ccld'] },
  body: Type.Object({ ccId: Type.Optional(ccIdSchema), vdn: vdnIdSchema, taskId: taskIdSchema }),
  response: Type.Object({
    resultDesc: Type.Object({
      totalCount: Type.Integer(),
      succCount: Type.Integer(),
      failCount: Type.Integer(),
      succRate: Type.String(),
      compCount: Type.Integer(),
      waitCount: Type.Integer(),
      execCount: Type.Integer(),
      compRate: Type.String(),
    }),
  }),
  errors: ['0100002', '0101003'],
  async handler({ body, auth, services }) {
    const vdnId = await cmsTenant(services, auth, body);
    return { resultDesc: await realtimeTaskStatistics(services.repos, vdnId, await taskCampaign(services, vdnId, body.taskId)) };
  },
});
