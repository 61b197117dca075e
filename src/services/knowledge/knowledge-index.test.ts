// Goal: the knowledge index ranks by relevance, rebuilds when the tenant's revision moves, and in
// a large tree leaves out query words most nodes contain when rarer ones remain (decision 0900).
// Method: the index over an in-memory stand-in for the knowledge repository.
import { describe, expect, it } from 'vitest';
import type { KbIndexRow, Repositories } from '../../store/index.ts';
import { KnowledgeIndexes } from './knowledge-index.ts';

function row(id: string, text: string): KbIndexRow {
  return { coluKngId: id, coluKngType: 2, name: '', keyword: '', summaryInfo: '', contentText: text, code: '001', modifiedAtMs: 0, displayFlag: 1, kngStatus: 3, validStartMs: null, validEndMs: null };
}

function fakeRepos(rows: KbIndexRow[], revision: { value: number }) {
  return { knowledge: { revision: async () => revision.value, listIndexRows: async () => rows } } as unknown as Repositories;
}

describe('KnowledgeIndexes', () => {
  it('ranks by relevance and rebuilds when the revision moves', async () => {
    const rows = [row('a', 'card card card limit'), row('b', 'card'), row('c', 'roaming')];
    const revision = { value: 1 };
    const indexes = new KnowledgeIndexes();
    const repos = fakeRepos(rows, revision);
    expect((await indexes.search(repos, 1, { keyword: 'card', visibleAtMs: 0 })).map((h) => h.coluKngId)).toEqual(['a', 'b']);
    rows.push(row('d', 'card again'));
    expect((await indexes.search(repos, 1, { keyword: 'again', visibleAtMs: 0 })).map((h) => h.coluKngId)).toEqual([]);
    revision.value = 2;
    expect((await indexes.search(repos, 1, { keyword: 'again', visibleAtMs: 0 })).map((h) => h.coluKngId)).toEqual(['d']);
  });

  it('leaves out words most nodes of a large tree contain when rarer ones remain', async () => {
    const rows = Array.from({ length: 1_200 }, (_, i) => row(`n${i}`, i < 3 ? 'common rare' : 'common filler'));
    const indexes = new KnowledgeIndexes();
    const repos = fakeRepos(rows, { value: 1 });
    expect((await indexes.search(repos, 1, { keyword: 'common rare', visibleAtMs: 0 })).map((h) => h.coluKngId).sort()).toEqual(['n0', 'n1', 'n2']);
    expect(await indexes.search(repos, 1, { keyword: 'common', visibleAtMs: 0 })).toHaveLength(1_200);
  });
});
