// Goal: the knowledge base and the survey sheets behave the same on SQLite and PostgreSQL: the
// seeded tree is searched (English and Chinese), click counts and revisions move, an import is
// seen by a second server on the same store (its index rebuilds from the revision), and a survey
// sheet is answered and scored. Method: two servers on one store file or database.
import { afterEach, describe, expect, it } from 'vitest';
import { bearerToken, c1, createTestApp } from '../../../test/support/test-app.ts';
import { dialects, durableStoreUrl } from '../../../test/support/postgres.ts';

describe.each(dialects)('knowledge base and surveys on $name', ({ name, enabled }) => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  const storeUrl = () => durableStoreUrl(name, cleanups, 'opencec-kb-');

  it.skipIf(!enabled)('searches, counts, follows another server import, and scores a survey', async () => {
    const url = await storeUrl();
    const first = await createTestApp({ storeUrl: url });
    cleanups.push(() => first.close());
    const second = await createTestApp({ storeUrl: url });
    cleanups.push(() => second.close());
    expect((await first.services.knowledge.find(1, 'stolen credit card')).map((m) => m.coluKngId)[0]).toBe('kbLostCard');
    expect((await first.services.knowledge.find(1, '挂失')).map((m) => m.coluKngId)).toEqual(['kbGuashi']);
    const opened = await first.services.knowledge.detail(1, '1', 'kbLostCard', { openType: 1 });
    expect(opened.ok && opened.value.clickNum).toBe(1);
    expect((await second.services.knowledge.find(1, 'satellite')).length).toBe(0);
    expect(await first.services.knowledge.importTree(1, '1', { mode: 'append', tree: [{ name: 'Satellite phones', kind: 'common', content: 'satellite' }] })).toEqual({ ok: true, value: { count: 1 } });
    expect((await second.services.knowledge.find(1, 'satellite')).map((m) => m.coluKngName)).toEqual(['Satellite phones']);

    const call = c1(first, await bearerToken(first));
    const sheet = (await call('/apiaccess/v1/scriptAnswer/createScriptAnswer', { moduleId: '80083', result: 'save', surveyId: '987654321' })).body.surveyAnswerId as string;
    expect((await call('/apiaccess/v1/scriptAnswer/createQuestionAnswer', { surveyId: '987654321', surveyAnswerId: sheet, questionId: '100000002', voiceScore: 12.5 })).body.resultCode).toBe('1203000');
    await first.request({ method: 'POST', url: '/apiaccess/ngcrmpfcore_js/csf/exam/sorcresult', body: { params: { exam_id: sheet, param: { code: '0', result: '50' } } }, headers: { authorization: `Bearer ${await bearerToken(first)}`, quotiety: '80' } });
    expect((await second.services.repos.surveys.findSheet(1, sheet))?.operScore).toBe(40);
    expect((await second.services.repos.surveys.listAnswers(1, sheet))[0]?.voiceScore).toBe(12.5);
  });
});
