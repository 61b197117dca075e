import { Type } from '@sinclair/typebox';
import { surveyEnvelope } from '../../http/envelope/index.ts';
import { updateSheet } from '../../services/survey/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { SurveyIdText, surveyTenant, surveyValue } from './survey-request.ts';

/** CEC §8.5 updateScriptAnswer (ref L30036–30129): saves an open sheet or submits it; a submitted sheet is final (decision 1150). */
export const updateScriptAnswerEndpoint = defineEndpoint({
  section: '8.5',
  name: 'updateScriptAnswer',
  summary: 'Updating surveys',
  method: 'POST',
  path: '/apiaccess/v1/scriptAnswer/updateScriptAnswer',
  auth: 'C1',
  envelope: surveyEnvelope,
  body: Type.Object({
    surveyAnswerId: SurveyIdText(),
    result: Type.Union([Type.Literal('save'), Type.Literal('submit')]),
  }),
  errors: ['400', '401', '500'],
  async handler({ body, auth, services }) {
    surveyValue(await updateSheet(services, surveyTenant(auth), body.surveyAnswerId, body.result));
  },
});
