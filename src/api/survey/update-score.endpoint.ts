import { Type } from '@sinclair/typebox';
import { header } from '../../http/auth/index.ts';
import { examScoreEnvelope } from '../../http/envelope/index.ts';
import { recordExamScore } from '../../services/survey/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { surveyTenant, surveyValue } from './survey-request.ts';

/** A header number of 8.6, or undefined when absent; a malformed one is a bad request. */
function headerNumber(text: string | undefined, pattern: RegExp, name: string): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  if (!pattern.test(text.trim())) throw examScoreEnvelope.generic('invalidParameter', `header ${name} is invalid`);
  return Number(text.trim());
}

/**
 * CEC §8.6 updateScore (ref L30130–30236, path `sorcresult` sic): the UEBA posts the score of an
 * ended exam. The business parameters `quotiety` (a positive integer below 100) and `totalScore`
 * travel as headers. `exam_id` names an answer sheet (decision 1150).
 */
export const updateScoreEndpoint = defineEndpoint({
  section: '8.6',
  name: 'updateScore',
  summary: 'Updating ratings',
  method: 'POST',
  path: '/apiaccess/ngcrmpfcore_js/csf/exam/sorcresult',
  auth: 'C1',
  envelope: examScoreEnvelope,
  body: Type.Object({
    params: Type.Object({
      exam_id: Type.String({ minLength: 1, maxLength: 32 }),
      param: Type.Object({
        code: Type.String({ minLength: 1, maxLength: 16 }),
        msg: Type.Optional(Type.String({ maxLength: 256 })),
        // "A maximum of eight digits before the decimal point, and two decimal places" (ref L30171).
        result: Type.String({ pattern: '^[0-9]{1,8}([.][0-9]{1,2})?$' }),
      }),
    }),
  }),
  errors: ['400', '401', '500'],
  async handler({ body, auth, services, request }) {
    const quotiety = headerNumber(header(request, 'quotiety'), /^[1-9]\d?$/, 'quotiety');
    const totalScore = headerNumber(header(request, 'totalscore'), /^\d{1,9}(\.\d{1,2})?$/, 'totalScore');
    const { exam_id: examId, param } = body.params;
    surveyValue(await recordExamScore(services, surveyTenant(auth), { examId, code: param.code, msg: param.msg, result: param.result, quotiety, totalScore }));
  },
});
