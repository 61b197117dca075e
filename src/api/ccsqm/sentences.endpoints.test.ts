// Goal: §12.2.2 sentences and §12.2.3 sensitive words persist per tenant with their tags and
// exceptions, validate as documented (restricted limits, safe regexes) and refuse to orphan references.
import { afterEach, describe, expect, it } from 'vitest';
import { bearerToken, type TestApp } from '../../../test/support/test-app.ts';
import { otherSqmTenant, sqmApp, type SqmCaller } from './ccsqm.test-support.ts';

let app: TestApp;
let call: SqmCaller;
afterEach(async () => app?.close());

const tags = [
  { tag_type: 'dialogue_act', pos_sentences: [{ name: 'hello how can I help you' }], neg_sentences: [{ name: 'goodbye' }] },
  { tag_type: 'keyword', pos_sentences: [{ name: 'thank you for calling' }] },
  { tag_type: 'regular_exp', pos_sentences: [{ name: 'my name is \\d+' }] },
];

describe('§12.2.2 sentencemanagement', () => {
  it('creates a category and a sentence with three tag types and reads it back (ref L44196–44258, L43499)', async () => {
    ({ app, call } = await sqmApp());
    const cat = await call('sentencemanage/createSentenceCategory', { name: 'Greetings' });
    expect(cat.body).toMatchObject({ resultCode: '0403000', resultDesc: 'Operation successful.', category_id: expect.any(String) });
    const created = await call('sentencemanage/createSentence', { category_id: cat.body.category_id, sentence_name: 'greeting', tagDataList: tags });
    expect(created.body.sentence_id).toBe(created.body.id);
    const detail = await call('sentencemanage/querySentence', { sentence_id: created.body.sentence_id });
    expect(detail.body).toMatchObject({ category_id: cat.body.category_id, sentence_id: created.body.sentence_id, sentence_name: 'greeting' });
    expect(detail.body.tagDataList.map((t: { tag_type: string }) => t.tag_type)).toEqual(['dialogue_act', 'keyword', 'regular_exp']);
    const corpusId = detail.body.tagDataList[0].pos_sentences[0].id;
    // Update keeps a corpus sent with its id, gives new ones an id and drops the omitted ones.
    await call('sentencemanage/updateSentence', { sentence_id: created.body.sentence_id, category_id: cat.body.category_id, sentence_name: 'greeting 2', tagDataList: [{ tag_type: 'dialogue_act', pos_sentences: [{ id: corpusId, name: 'hi there' }, { name: 'good morning' }] }] });
    const updated = (await call('sentencemanage/querySentence', { sentence_id: created.body.sentence_id })).body;
    expect(updated.tagDataList).toHaveLength(1);
    expect(updated.tagDataList[0].pos_sentences[0]).toEqual({ id: corpusId, name: 'hi there' });
    expect(updated.tagDataList[0].pos_sentences[1].id).not.toBe(corpusId);
    const list = await call('sentencemanage/querySentence', { category_id: cat.body.category_id, keyword: 'GREET', page: 1, limit: 10 });
    expect(list.body).toMatchObject({ paging: { total: 1 }, data: [{ sentence_name: 'greeting 2', tags: null }] });
    expect((await call('sentencemanage/querySentence', { page: 1, limit: 7 })).status).toBe(400);
    expect((await call('sentencemanage/querySentenceByCategoryId', { category_id: cat.body.category_id, page: 1, limit: 5 })).body.paging.total).toBe(1);
    expect((await call('sentencemanage/querySentenceCategory')).body.data).toEqual([{ category_id: cat.body.category_id, name: 'Greetings' }]);
  });

  it('refuses malformed and over-long regular expressions, unknown categories and a non-empty category delete', async () => {
    ({ app, call } = await sqmApp());
    const { category_id } = (await call('sentencemanage/createSentenceCategory', { name: 'c' })).body;
    const malformed = await call('sentencemanage/createSentence', { category_id, sentence_name: 's', tagDataList: [{ tag_type: 'regular_exp', pos_sentences: [{ name: '(unclosed' }] }] });
    expect([malformed.status, malformed.body.resultCode]).toEqual([400, '0403001']);
    const long = await call('sentencemanage/createSentence', { category_id, sentence_name: 's', tagDataList: [{ tag_type: 'regular_exp', pos_sentences: [{ name: 'a'.repeat(257) }] }] });
    expect(long.status).toBe(400);
    expect(long.body.resultDesc).toMatch(/longer than 256/);
    // A backtracking bomb compiles on RE2 and is simply linear.
    expect((await call('sentencemanage/createSentence', { category_id, sentence_name: 's', tagDataList: [{ tag_type: 'regular_exp', pos_sentences: [{ name: '(a+)+$' }] }] })).status).toBe(200);
    expect((await call('sentencemanage/createSentence', { category_id: '999', sentence_name: 't', tagDataList: tags })).status).toBe(500);
    const busy = await call('sentencemanage/deleteSentenceCategory', { category_id });
    expect([busy.status, busy.body.resultCode]).toEqual([500, '0403004']);
    const dup = await call('sentencemanage/createSentenceCategory', { name: 'c' });
    expect(dup.status).toBe(409);
  });

  it('moves sentences by a comma list and reads a 20-digit bare-number id without rounding', async () => {
    ({ app, call } = await sqmApp());
    const a = (await call('sentencemanage/createSentenceCategory', { name: 'a' })).body.category_id;
    const b = (await call('sentencemanage/createSentenceCategory', { name: 'b' })).body.category_id;
    const s1 = (await call('sentencemanage/createSentence', { category_id: a, sentence_name: 's1', tagDataList: tags })).body.sentence_id;
    const s2 = (await call('sentencemanage/createSentence', { category_id: a, sentence_name: 's2', tagDataList: tags })).body.sentence_id;
    expect((await call('sentencemanage/moveSentenceToCategory', { sentenceIds: `${s1},${s2}`, category_id: b })).body.resultCode).toBe('0403000');
    expect((await call('sentencemanage/querySentenceByCategoryId', { category_id: b, page: 1, limit: 10 })).body.paging.total).toBe(2);
    const raw = await app.request({ method: 'POST', url: '/CCSQM/rest/ccisqm/v1/sentencemanage/querySentence', rawBody: '{"sentence_id": 16239231508327803347}', headers: { authorization: (await tokenHeader()), 'content-type': 'application/json' } });
    expect(raw.status).toBe(500);
    expect(raw.body.resultDesc).toContain('16239231508327803347');
  });
});

async function tokenHeader(): Promise<string> {
  return `Bearer ${await bearerToken(app)}`;
}

describe('§12.2.3 sensitiveWordManage', () => {
  it('creates a word with exception sentences and reads them back resolved (ref L45083–45117, L45289–45341)', async () => {
    ({ app, call } = await sqmApp());
    const sc = (await call('sentencemanage/createSentenceCategory', { name: 'c' })).body.category_id;
    const s = (await call('sentencemanage/createSentence', { category_id: sc, sentence_name: 'apology', tagDataList: tags })).body.sentence_id;
    const cat = await call('sensitiveWordManage/createSensitiveCategory', { name: 'rude' });
    expect(cat.body).toMatchObject({ resultCode: '0401000', category_id: expect.any(String) });
    const word = await call('sensitiveWordManage/createSensitiveWord', { sw_name: 'stupid', score: -8, category_id: cat.body.category_id, exception: { staff: [s], customer: [] } });
    const detail = await call('sensitiveWordManage/querySensitiveWordDetail', { sw_id: word.body.sw_id });
    expect(detail.body).toEqual({ resultCode: '0401000', resultDesc: 'Operation successful.', sw_id: word.body.sw_id, sw_name: 'stupid', score: '-8', exception: { customer: [], staff: [{ category_id: sc, sentence_id: s, sentence_name: 'apology' }] }, category_id: cat.body.category_id });
    // The sentence an exception names cannot be deleted.
    expect((await call('sentencemanage/deleteSentence', { sentence_id: s })).status).toBe(500);
    expect((await call('sensitiveWordManage/querySensitiveWordList', { page: 1, limit: 10, keyword: 'stu' })).body).toMatchObject({ paging: { total: 1 }, data: [{ sw_id: word.body.sw_id, sw_name: 'stupid' }] });
    expect((await call('sensitiveWordManage/updateSensitiveWord', { sw_id: word.body.sw_id, sw_name: 'dumb', category_id: cat.body.category_id })).body.id).toBe(word.body.sw_id);
    expect((await call('sensitiveWordManage/querySensitiveCategoryList')).body.data).toHaveLength(1);
    expect((await call('sensitiveWordManage/createSensitiveWord', { sw_name: 'x', category_id: cat.body.category_id, exception: { staff: ['404'] } })).status).toBe(500);
    expect((await call('sensitiveWordManage/deleteSensitiveWord', { sw_id: word.body.sw_id })).body.result).toBe('success');
    expect((await call('sentencemanage/deleteSentence', { sentence_id: s })).status).toBe(200);
  });

  it('keeps tenants apart', async () => {
    ({ app, call } = await sqmApp());
    const other = await otherSqmTenant(app);
    const cat = (await call('sensitiveWordManage/createSensitiveCategory', { name: 'rude' })).body.category_id;
    expect((await other('sensitiveWordManage/createSensitiveWord', { sw_name: 'x', category_id: cat })).status).toBe(500);
    expect((await other('sensitiveWordManage/querySensitiveCategoryList')).body.data).toEqual([]);
  });
});
