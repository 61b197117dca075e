import { Type } from '@sinclair/typebox';
import { surveyEnvelope } from '../../http/envelope/index.ts';
import { questionAfter } from '../../services/survey/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { SurveyIdText, surveyTenant, surveyValue } from './survey-request.ts';

const questionTypes = ['essay', 'single', 'multi', 'voice', 'voiceOperation'] as const;

/**
 * CEC §8.2 getNextQuestionInfo (ref L29738–29846): the first question of a survey (no or empty
 * `questionId`), or the one after `questionId`; options chosen in `answerOptionList` may jump
 * (decision 1150). After the last question the reply is a business failure. The reply carries the
 * example's `score` and `oprRule` besides the table's fields.
 */
export const getNextQuestionInfoEndpoint = defineEndpoint({
  section: '8.2',
  name: 'getNextQuestionInfo',
  summary: 'Obtaining the next question',
  method: 'POST',
  path: '/apiaccess/v1/scriptAnswer/getNextQuestionInfo',
  auth: 'C1',
  envelope: surveyEnvelope,
  body: Type.Object({
    surveyId: SurveyIdText(),
    questionId: Type.Optional(SurveyIdText(0)),
    // "Whether the question is mandatory. The value is fixed to true" (ref L29772).
    isAnswered: Type.Literal(true),
    questionType: Type.Optional(Type.Union(questionTypes.map((t) => Type.Literal(t)))),
    answerOptionList: Type.Optional(Type.Array(SurveyIdText(), { maxItems: 50 })),
  }),
  response: Type.Object({
    score: Type.Number(),
    oprRule: Type.Record(Type.String(), Type.Unknown()),
    questionId: Type.String(),
    answerNo: Type.Integer(),
    optionIdList: Type.Array(Type.Object({ optionId: Type.String(), content: Type.String() })),
    questionType: Type.String(),
    content: Type.String(),
  }),
  errors: ['400', '401', '500'],
  async handler({ body, auth, services }) {
    return { ...surveyValue(await questionAfter(services, surveyTenant(auth), body.surveyId, body.questionId, body.answerOptionList ?? [])) };
  },
});
