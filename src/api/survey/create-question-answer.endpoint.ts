import { Type } from '@sinclair/typebox';
import { surveyEnvelope } from '../../http/envelope/index.ts';
import { createAnswer } from '../../services/survey/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { Decimal, SurveyIdText, surveyTenant, surveyValue } from './survey-request.ts';

/**
 * CEC §8.3 createQuestionAnswer (ref L29847–29944): answers one question of an open sheet. The
 * example's `answerNo` is not in the table and is ignored; a question is answered once per sheet
 * (decision 1150), later changes go through 8.4.
 */
export const createQuestionAnswerEndpoint = defineEndpoint({
  section: '8.3',
  name: 'createQuestionAnswer',
  summary: 'Creating answers to questions',
  method: 'POST',
  path: '/apiaccess/v1/scriptAnswer/createQuestionAnswer',
  auth: 'C1',
  envelope: surveyEnvelope,
  body: Type.Object({
    questionId: SurveyIdText(),
    surveyAnswerId: SurveyIdText(),
    surveyId: SurveyIdText(),
    answerText: Type.Optional(Type.String({ maxLength: 4000 })),
    voiceScore: Type.Optional(Decimal),
    operScore: Type.Optional(Decimal),
    optionId: Type.Optional(SurveyIdText(0)),
    answerNo: Type.Optional(Type.Integer({ minimum: 0 })),
  }),
  response: Type.Object({ questionAnswerId: Type.String() }),
  errors: ['400', '401', '500'],
  async handler({ body, auth, services }) {
    const { answerNo: _ignored, ...answer } = body;
    return { questionAnswerId: surveyValue(await createAnswer(services, surveyTenant(auth), answer)) };
  },
});
