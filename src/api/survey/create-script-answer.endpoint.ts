import { Type } from '@sinclair/typebox';
import { surveyEnvelope } from '../../http/envelope/index.ts';
import { createSheet } from '../../services/survey/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { SurveyIdText, surveyTenant, surveyValue } from './survey-request.ts';

/**
 * CEC §8.1 createScriptAnswer (ref L29642–29737): starts an answer sheet of a seeded survey for a
 * module (80031 manual outbound, 80081 automatic outbound, 80083 intelligent training). For the
 * outbound modules `serviceId1` is the campaign (task) the survey belongs to.
 */
export const createScriptAnswerEndpoint = defineEndpoint({
  section: '8.1',
  name: 'createScriptAnswer',
  summary: 'Creating answers',
  method: 'POST',
  path: '/apiaccess/v1/scriptAnswer/createScriptAnswer',
  auth: 'C1',
  envelope: surveyEnvelope,
  body: Type.Object({
    moduleId: Type.Union([Type.Literal('80031'), Type.Literal('80081'), Type.Literal('80083')]),
    result: Type.Union([Type.Literal('save'), Type.Literal('submit')]),
    surveyId: SurveyIdText(),
    custId: Type.Optional(SurveyIdText(0)),
    serviceId1: Type.Optional(SurveyIdText(0)),
  }),
  response: Type.Object({ surveyAnswerId: Type.String() }),
  errors: ['400', '401', '500'],
  async handler({ body, auth, services }) {
    const surveyAnswerId = surveyValue(await createSheet(services, surveyTenant(auth), body));
    return { surveyAnswerId };
  },
});
