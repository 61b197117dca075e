// Goal: chapter 8 CC-Survey over C1: an answer sheet of the demo tenant's seeded questionnaire is
// started (8.1), walked question by question with option jumps (8.2), answered and amended (8.3,
// 8.4), saved and submitted (8.5, submit is final), and scored by the UEBA (8.6). Every documented
// validation and failure status is checked, and tenants stay apart. Method: a whole server on a
// virtual clock, through HTTP, with the reference's example bodies where they fit the seeded data.
import { afterEach, describe, expect, it } from 'vitest';
import { bearerToken, c1, createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { addTenant, otherTenant } from '../config-ivr/config-ivr.test-support.ts';
import { createCampaign, v1Campaign } from '../outbound/isales-client.test-support.ts';

let app: TestApp;
afterEach(async () => app.close());

const base = '/apiaccess/v1/scriptAnswer';
const ok = { resultCode: '1203000', resultDesc: 'Opration Successful.' };

async function demo() {
  app = await createTestApp();
  return c1(app, await bearerToken(app));
}

async function startSheet(call: ReturnType<typeof c1>, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await call(`${base}/createScriptAnswer`, { moduleId: '80083', result: 'save', surveyId: '987654321', custId: '123456789', ...extra });
  expect(res.body).toEqual({ ...ok, surveyAnswerId: expect.stringMatching(/^\d{19}$/) });
  return res.body.surveyAnswerId as string;
}

describe('8.1 createScriptAnswer', () => {
  it('starts a sheet of a seeded survey; an outbound task id must be one of the tenant campaigns', async () => {
    const call = await demo();
    const id = await startSheet(call);
    expect(await app.services.repos.surveys.findSheet(1, id)).toMatchObject({ surveyId: '987654321', moduleId: '80083', custId: '123456789', result: 'save', serviceId1: null });
    const campaignId = await createCampaign(app, v1Campaign({ name: 'Broadband follow-up' }));
    const sheet = await startSheet(call, { moduleId: '80031', serviceId1: String(campaignId) });
    expect((await app.services.repos.surveys.findSheet(1, sheet))?.serviceId1).toBe(String(campaignId));
    const unknownTask = await call(`${base}/createScriptAnswer`, { moduleId: '80081', result: 'save', surveyId: '987654321', serviceId1: '987654321' });
    expect([unknownTask.status, unknownTask.body]).toEqual([500, { resultCode: '500', resultDesc: 'outbound task 987654321 does not exist' }]);
    const unknownSurvey = await call(`${base}/createScriptAnswer`, { moduleId: '80031', result: 'save', surveyId: '1' });
    expect([unknownSurvey.status, unknownSurvey.body.resultCode]).toEqual([500, '500']);
  });

  it.each([
    [{ result: 'save', surveyId: '987654321' }],
    [{ moduleId: '80032', result: 'save', surveyId: '987654321' }],
    [{ moduleId: '80031', result: 'keep', surveyId: '987654321' }],
    [{ moduleId: '80031', result: 'save', surveyId: '' }],
  ])('answers 400 for %j', async (body) => {
    const call = await demo();
    const res = await call(`${base}/createScriptAnswer`, body);
    expect([res.status, res.body.resultCode]).toEqual([400, '400']);
  });

  it('answers 401 without a valid bearer token', async () => {
    await demo();
    const res = await app.request({ method: 'POST', url: `${base}/createScriptAnswer`, body: { moduleId: '80031', result: 'save', surveyId: '987654321' }, headers: { authorization: 'Bearer nope' } });
    expect([res.status, res.body.resultCode]).toEqual([401, '401']);
  });
});

describe('8.2 getNextQuestionInfo', () => {
  const next = (call: ReturnType<typeof c1>, body: Record<string, unknown>) => call(`${base}/getNextQuestionInfo`, { surveyId: '987654321', isAnswered: true, ...body });

  it('gives the first question, then follows the order or the chosen option jump, then ends', async () => {
    const call = await demo();
    const first = await next(call, {});
    expect(first.body).toEqual({
      ...ok,
      score: 10,
      oprRule: {},
      questionId: '100000001',
      answerNo: 1,
      optionIdList: [
        { optionId: 'satisfied', content: 'Yes' },
        { optionId: 'unsatisfied', content: 'No' },
      ],
      questionType: 'single',
      content: 'Are you satisfied with the installation of your broadband line?',
    });
    expect((await next(call, { questionId: '' })).body.questionId).toBe('100000001');
    expect((await next(call, { questionId: '100000001', questionType: 'single', answerOptionList: ['unsatisfied'] })).body).toMatchObject({ questionId: '100000002', answerNo: 2, questionType: 'essay', optionIdList: [] });
    expect((await next(call, { questionId: '100000001' })).body.questionId).toBe('100000002');
    const jumped = await next(call, { questionId: '100000001', answerOptionList: ['satisfied'] });
    expect(jumped.body).toMatchObject({ questionId: '100000003', answerNo: 3, questionType: 'voice', score: 70, content: 'Why cannot I recharge part of the call fee through WeChat?' });
    const end = await next(call, { questionId: '100000003' });
    expect([end.status, end.body]).toEqual([500, { resultCode: '500', resultDesc: 'survey 987654321 has no question after 100000003' }]);
  });

  it('refuses unknown questions and options (500) and a missing or false isAnswered (400)', async () => {
    const call = await demo();
    expect((await next(call, { questionId: '123456789' })).status).toBe(500);
    expect((await next(call, { questionId: '100000001', answerOptionList: ['maybe'] })).body.resultDesc).toBe('option maybe is not an option of question 100000001');
    expect((await next(call, { surveyId: '42' })).status).toBe(500);
    expect((await call(`${base}/getNextQuestionInfo`, { surveyId: '987654321' })).status).toBe(400);
    expect((await next(call, { isAnswered: false })).status).toBe(400);
    expect((await next(call, { questionType: 'poem' })).status).toBe(400);
  });
});

describe('8.3–8.5 answering, amending, saving and submitting', () => {
  it('answers each question once, amends it, and freezes the sheet on submit', async () => {
    const call = await demo();
    const sheet = await startSheet(call);
    const create = (body: Record<string, unknown>) => call(`${base}/createQuestionAnswer`, { surveyId: '987654321', surveyAnswerId: sheet, ...body });
    const chosen = await create({ questionId: '100000001', optionId: 'unsatisfied', answerNo: 1 });
    expect(chosen.body).toEqual({ ...ok, questionAnswerId: expect.stringMatching(/^\d{19}$/) });
    const essay = await create({ questionId: '100000002', answerText: 'Late technician', voiceScore: '50.00', operScore: 20.52 });
    const essayId = essay.body.questionAnswerId as string;
    expect((await create({ questionId: '100000002' })).body.resultDesc).toBe('question 100000002 is already answered; update the answer instead');
    expect((await create({ questionId: '100000001', optionId: 'maybe' })).status).toBe(500);
    expect((await create({ questionId: '999' })).status).toBe(500);
    expect((await create({ questionId: '100000003', surveyId: '123' })).status).toBe(500);
    expect((await create({ questionId: '100000003', voiceScore: 1.234 })).body.resultDesc).toBe('voiceScore must be a DECIMAL(11,2)');

    const update = await call(`${base}/updateQuestionAnswer`, { questionAnswerId: essayId, answerText: 'Hello', costTime: 12 });
    expect(update.body).toEqual(ok);
    expect(await app.services.repos.surveys.findAnswer(1, essayId)).toMatchObject({ answerText: 'Hello', voiceScore: 50, operScore: 20.52, costTime: 12 });
    expect((await call(`${base}/updateQuestionAnswer`, { questionAnswerId: '1' })).status).toBe(500);
    expect((await call(`${base}/updateQuestionAnswer`, { questionAnswerId: essayId, costTime: -1 })).status).toBe(400);

    expect((await call(`${base}/updateScriptAnswer`, { surveyAnswerId: sheet, result: 'save' })).body).toEqual(ok);
    expect((await call(`${base}/updateScriptAnswer`, { surveyAnswerId: sheet, result: 'submit' })).body).toEqual(ok);
    expect((await app.services.repos.surveys.findSheet(1, sheet))?.result).toBe('submit');
    const again = await call(`${base}/updateScriptAnswer`, { surveyAnswerId: sheet, result: 'save' });
    expect([again.status, again.body.resultDesc]).toEqual([500, `answer ${sheet} is already submitted`]);
    expect((await call(`${base}/updateQuestionAnswer`, { questionAnswerId: essayId, answerText: 'late' })).status).toBe(500);
    expect((await create({ questionId: '100000003' })).status).toBe(500);
    expect((await call(`${base}/updateScriptAnswer`, { surveyAnswerId: sheet, result: 'done' })).status).toBe(400);
    expect((await call(`${base}/updateScriptAnswer`, { surveyAnswerId: '77', result: 'submit' })).status).toBe(500);
  });
});

describe('8.6 updateScore', () => {
  // The business parameters travel as headers, beside the bearer token of `tokenHeader`.
  let tokenHeader = '';
  const score = (examId: string, param: Record<string, unknown>, headers: Record<string, string> = {}) =>
    app.request({ method: 'POST', url: '/apiaccess/ngcrmpfcore_js/csf/exam/sorcresult', body: { params: { exam_id: examId, param } }, headers: { authorization: tokenHeader, ...headers } });

  it('computes quotiety × question score / 100 × UEBA score / 100 onto the exam sheet', async () => {
    const call = await demo();
    tokenHeader = `Bearer ${await bearerToken(app)}`;
    const exam = await startSheet(call);
    const res = await score(exam, { code: '0', result: '100.0', msg: 'Processing succeeded' }, { totalScore: '90', quotiety: '80' });
    expect(res.body).toEqual({ rtnCode: '0', rtnMsg: 'query success!' });
    expect((await app.services.repos.surveys.findSheet(1, exam))?.operScore).toBe(72);
    // Without headers: full weight and the survey's own total (10 + 20 + 70).
    await score(exam, { code: '0', result: '85.5' });
    expect((await app.services.repos.surveys.findSheet(1, exam))?.operScore).toBe(85.5);
    // A failed exam is recorded and leaves the score alone.
    await score(exam, { code: '3', result: '0', msg: 'Exam aborted' });
    expect((await app.services.repos.surveys.findSheet(1, exam))?.operScore).toBe(85.5);
    expect((await app.services.repos.surveys.listExamScores(1, exam)).map((s) => [s.code, s.score])).toEqual([
      ['0', 72],
      ['0', 85.5],
      ['3', null],
    ]);
  });

  it('refuses bad headers and results (400), unknown exams (500) and other tenants', async () => {
    const call = await demo();
    tokenHeader = `Bearer ${await bearerToken(app)}`;
    const exam = await startSheet(call);
    for (const headers of [{ quotiety: '100' }, { quotiety: '0' }, { quotiety: 'x' }, { totalScore: '-1' }] as Array<Record<string, string>>) {
      const res = await score(exam, { code: '0', result: '1' }, headers);
      expect([res.status, res.body.rtnCode]).toEqual([400, '400']);
    }
    expect((await score(exam, { code: '0', result: '123456789' })).status).toBe(400);
    expect((await score(exam, { code: '0', result: '1.234' })).status).toBe(400);
    expect((await score('x'.repeat(33), { code: '0', result: '1' })).status).toBe(400);
    expect((await score('42', { code: '0', result: '1' })).body).toEqual({ rtnCode: '500', rtnMsg: 'exam 42 does not exist' });
    await addTenant(app, otherTenant());
    tokenHeader = `Bearer ${await bearerToken(app, 'other-ak', 'other-sk')}`;
    expect((await score(exam, { code: '0', result: '1' })).status).toBe(500);
  });
});

describe('tenant isolation', () => {
  it('keeps one tenant from reading or answering another tenant sheets and surveys', async () => {
    const call = await demo();
    const sheet = await startSheet(call);
    const other = await addTenant(app, otherTenant({ surveys: [{ surveyId: '987654321', name: 'Other', questions: [{ questionId: 'q1', questionType: 'essay', content: 'Other question?' }] }] }));
    expect((await other(`${base}/getNextQuestionInfo`, { surveyId: '987654321', isAnswered: true })).body.questionId).toBe('q1');
    expect((await other(`${base}/createQuestionAnswer`, { surveyId: '987654321', surveyAnswerId: sheet, questionId: 'q1' })).status).toBe(500);
    expect((await other(`${base}/updateScriptAnswer`, { surveyAnswerId: sheet, result: 'submit' })).status).toBe(500);
    expect((await app.services.repos.surveys.findSheet(1, sheet))?.result).toBe('save');
  });
});
