// Goal: the pure parts of the knowledge base: the search tokeniser (CJK bigrams, words, NFKC), the
// plain text of rich content, and the codes, paths and checks of a flattened tree (decisions
// 0900, 0901). Method: direct calls with small inputs.
import { describe, expect, it } from 'vitest';
import { flattenKnowledge, htmlToText, kbTokens, knowledgeTreeProblem, rootAnchor, type KnowledgeNodeInput } from './index.ts';

describe('kbTokens', () => {
  it('splits Chinese runs into bigrams and other text into lower-cased words', () => {
    expect(kbTokens('信用卡挂失')).toEqual(['信用', '用卡', '卡挂', '挂失']);
    expect(kbTokens('Lost CARD, 卡 and e-SIM v2')).toEqual(['卡', 'lost', 'card', 'and', 'e', 'sim', 'v2']);
    // Full-width letters and digits normalise (NFKC) to their ASCII forms.
    expect(kbTokens('ＳＷＩＦＴ１５')).toEqual(['swift15']);
    expect(kbTokens('ひらがなカタカナ')).toHaveLength(7);
    expect(kbTokens(' ,. ')).toEqual([]);
  });
});

describe('htmlToText', () => {
  it('keeps the text, breaks lines at blocks, drops scripts and decodes entities', () => {
    expect(htmlToText('<p>Call <b>10086</b> &amp; ask&nbsp;for&#32;help&#x21;</p><script>x()</script><p>Next</p>')).toBe('Call 10086 & ask for help!\nNext');
    expect(htmlToText('a &bogus; b &#0;')).toBe('a &bogus; b &#0;');
  });
});

describe('flattenKnowledge', () => {
  const tree: KnowledgeNodeInput[] = [
    { id: 'a', name: 'A', kind: 'category', children: [{ id: 'a1', name: 'A1', kind: 'category', children: [{ id: 'e', name: 'E', kind: 'qa', content: '<p>x</p>', related: ['f'] }] }] },
    { id: 'f', name: 'F', kind: 'common' },
  ];

  it('gives codes of 3 digits per level, parent ids, paths and order', () => {
    let n = 0;
    const flat = flattenKnowledge(tree, rootAnchor, () => `gen${++n}`);
    expect(flat.map((f) => [f.coluKngId, f.code, f.superCode, f.beyondColuId, f.beyondColuPath, f.orderId, f.coluKngType])).toEqual([
      ['a', '001', '-1', '0', '/', 1, 1],
      ['a1', '001001', '001', 'a', '/A', 1, 1],
      ['e', '001001001', '001001', 'a1', '/A/A1', 1, 3],
      ['f', '002', '-1', '0', '/', 2, 2],
    ]);
    expect(flat[2]!.contentText).toBe('x');
    expect(knowledgeTreeProblem(flat, tree, new Set())).toBeUndefined();
    const after = flattenKnowledge([{ name: 'G', kind: 'common' }], { parentId: 'a', parentCode: '001', childPath: '/A', existingChildren: 1 }, () => 'g');
    expect(after[0]).toMatchObject({ code: '001002', orderId: 2, beyondColuPath: '/A' });
  });

  it('finds repeated ids, relations to unknown entries and children of entries', () => {
    const flat = flattenKnowledge(tree, rootAnchor, () => 'x');
    expect(knowledgeTreeProblem(flat, tree, new Set(['f']))).toBe('knowledge id f is used twice');
    const lonely: KnowledgeNodeInput[] = [{ name: 'E', kind: 'common', related: ['zz'] }];
    expect(knowledgeTreeProblem(flattenKnowledge(lonely, rootAnchor, () => 'e'), lonely, new Set())).toBe('entry E relates to unknown entry zz');
    let id = 0;
    expect(() => flattenKnowledge(Array.from({ length: 1000 }, (_, i) => ({ name: `n${i}`, kind: 'common' as const })), rootAnchor, () => String(++id))).toThrow(RangeError);
  });
});
