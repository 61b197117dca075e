import { Type } from '@sinclair/typebox';
import { surveyEnvelope } from '../../http/envelope/index.ts';
import { updateAnswer } from '../../services/survey/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { Decimal, SurveyIdText, surveyTenant, surveyValue } from './survey-request.ts';

/** CEC §8.4 updateQuestionAnswer (ref L29945–30035): amends the answer text, scores and duration of an answer on an open sheet. */
export const updateQuestionAnswerEndpoint = defineEndpoint({
  section: '8.4',
  name: 'updateQuestionAnswer',
  summary: 'Updating answers to questions',
  method: 'POST',
  path: '/apiaccess/v1/scriptAnswer/updateQuestionAnswer',
  auth: 'C1',
  envelope: surveyEnvelope,
  body: Type.Object({
    questionAnswerId: SurveyIdText(),
    answerText: Type.Optional(Type.String({ maxLength: 4000 })),
    voiceScore: Type.Optional(Decimal),
    operScore: Type.Optional(Decimal),
    costTime: Type.Optional(Type.Integer({ minimum: 0, maximum: 2_147_483_647 })),
  }),
  errors: ['400', '401', '500'],
  async handler({ body, auth, services }) {
    const { questionAnswerId, ...fields } = body;
    surveyValue(await updateAnswer(services, surveyTenant(auth), questionAnswerId, fields));
  },
});
