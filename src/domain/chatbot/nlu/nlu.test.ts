import { describe, expect, it } from 'vitest';
import { FaqIndex } from './faq-index.ts';
import { IntentClassifier } from './intent-classifier.ts';
import { terms } from './text.ts';
import { findChineseNumber } from './numbers.ts';

const faqs = new FaqIndex([
  { faqId: 1, groupId: 10, question: 'What is life insurance?', simQuestions: ['explain life insurance'], keywords: [] },
  { faqId: 2, groupId: 10, question: 'How do I pay my premium?', simQuestions: [], keywords: ['premium'] },
  { faqId: 3, groupId: 11, question: '如何查询话费？', simQuestions: ['我想查一下话费', '话费余额是多少'], keywords: ['话费'] },
  { faqId: 4, groupId: 11, question: '怎么办理宽带？', simQuestions: [], keywords: [] },
]);

describe('FAQ index (BM25)', () => {
  it('ranks the closest question first with an unbounded positive score (ref L36359)', () => {
    const [best, ...rest] = faqs.search('What is guardian life insurance?');
    expect(best).toMatchObject({ faqId: 1, matched: 'What is life insurance?' });
    expect(best!.score).toBeGreaterThan(0);
    for (const r of rest) expect(r.score).toBeLessThan(best!.score);
  });

  it('matches Chinese by characters and character pairs, without a dictionary', () => {
    expect(terms('查话费')).toEqual(['查', '查话', '话', '话费', '费']);
    expect(faqs.search('我的话费还剩多少')[0]).toMatchObject({ faqId: 3 });
    expect(faqs.search('宽带怎么装')[0]).toMatchObject({ faqId: 4 });
  });

  it('restricts to the given groups and gives the same result for the same corpus', () => {
    expect(faqs.search('life insurance', { groups: new Set([11]) })).toEqual([]);
    expect(faqs.search('premium payment')).toEqual(faqs.search('premium payment'));
  });
});

describe('intent classifier (TF-IDF character n-grams, cosine)', () => {
  const model = new IntentClassifier([
    { intentCmd: 'agent', utterances: ['talk to an agent', 'I want a human', 'connect me to customer service', '转人工', '我要找客服'] },
    { intentCmd: 'fee', utterances: ['check my bill', 'how much do I owe', 'query call fee', '查话费', '我的话费是多少'] },
  ]);

  it('classifies English and Chinese, tolerating inflection and typos', () => {
    expect(model.classify('can I talk to agents')[0]).toMatchObject({ intentCmd: 'agent' });
    expect(model.classify('chek my bil')[0]).toMatchObject({ intentCmd: 'fee' });
    expect(model.classify('帮我转人工服务')[0]).toMatchObject({ intentCmd: 'agent' });
    expect(model.classify('查一下话费')[0]).toMatchObject({ intentCmd: 'fee' });
  });

  it('gives confidences in 0..1, low for unrelated text', () => {
    const [top] = model.classify('talk to an agent');
    expect(top!.confidence).toBeGreaterThan(0.8);
    expect(top!.confidence).toBeLessThanOrEqual(1);
    expect(model.classify('zzzz')[0]?.confidence ?? 0).toBeLessThan(0.2);
  });
});

describe('Chinese numerals', () => {
  it('reads counted numbers and digit strings', () => {
    expect(findChineseNumber('三百二十元')?.value).toBe(320);
    expect(findChineseNumber('一三八')?.value).toBe(138);
    expect(findChineseNumber('两万五千')?.value).toBe(25000);
  });
});
