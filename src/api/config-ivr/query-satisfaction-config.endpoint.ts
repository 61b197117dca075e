import { Type } from '@sinclair/typebox';
import { returnCodeEnvelope } from '../../http/envelope/index.ts';
import { querySatisfactionSurvey } from '../../services/satisfaction/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOf } from './tenant-of.ts';

/**
 * CEC §5.4.2 (ref L6333–6415): whether the tenant's satisfaction survey is enabled and its IVR
 * flow. The change history names the path `querySatisfyConfig` (Issue 01, ref L1063), so both
 * spellings are served (note 01 §9 item 33).
 */
export const querySatisfactionConfig = defineEndpoint({
  section: '5.4.2',
  name: 'satisfactionconfig/querySatisfactionConfig',
  summary: 'Query the satisfaction survey configuration',
  method: 'POST',
  path: '/apiaccess/rest/cc-management/v1/satisfactionconfig/querySatisfactionConfig',
  pathAliases: ['/apiaccess/rest/cc-management/v1/satisfactionconfig/querySatisfyConfig'],
  auth: 'C1',
  envelope: returnCodeEnvelope,
  response: Type.Object({
    enabled: Type.Boolean(),
    data: Type.Array(
      Type.Object({
        accessCode: Type.String({ description: 'flow access code' }),
        channelType: Type.String({ description: 'audio (media is reserved)' }),
        feedbackType: Type.String({ description: 'IVR' }),
        ivrId: Type.String({ description: 'the 19-digit IVR flow ID' }),
      }),
      { description: 'empty when the survey is disabled; at most one entry' },
    ),
  }),
  async handler({ auth, services }) {
    const vdnId = tenantOf(auth, returnCodeEnvelope);
    const survey = await querySatisfactionSurvey(services.repos, vdnId);
    return { data: survey.data, description: 'success', enabled: survey.enabled };
  },
});
