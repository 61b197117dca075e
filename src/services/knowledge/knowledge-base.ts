import { flattenKnowledge, knowledgeTreeProblem, rootAnchor, type KnowledgeNodeInput, type TreeAnchor } from '../../domain/knowledge/index.ts';
import type { SnowflakeIds } from '../../domain/ids/index.ts';
import type { Clock } from '../../domain/time/index.ts';
import { inTransaction, type KbNodeRow, type Repositories, type Store } from '../../store/index.ts';
import { KnowledgeIndexes, type KnowledgeQuery } from './knowledge-index.ts';
import { categoryView, detailView, isVisible, searchResultView } from './knowledge-views.ts';

export interface KnowledgeDeps {
  store: Store;
  repos: Repositories;
  clock: Clock;
  ids: SnowflakeIds;
}

export type KnowledgeOutcome<T> = { ok: true; value: T } | { ok: false; message: string };
const fail = (message: string): KnowledgeOutcome<never> => ({ ok: false, message });

/** One hit of `find`, for the chatbot's FAQ fallback and agent assistance. */
export interface KnowledgeMatch {
  coluKngId: string;
  coluKngName: string;
  coluKngType: number;
  summaryInfo: string;
  contentText: string;
  beyondColuPath: string;
  score: number;
}

/** How 9.2.1 was opened (openType 1 quick entry, 2 search, 3 category, 4 favorites, 5 associated). */
export interface OpenContext {
  openType: number;
  openKng?: string;
  searchRank?: number;
  searchSortType?: string;
  searchWord?: string;
}

export interface KnowledgeImport {
  mode: 'append' | 'replace';
  /** An existing category to import under (append only); the root by default. */
  parentId?: string;
  tree: KnowledgeNodeInput[];
}

/**
 * The knowledge base of every tenant (CEC ch. 9, decisions 0900/0901): ranked full-text search,
 * entry details with attachments and neighbours, child categories and imports. `find` is the
 * function the chatbot and agents call; the 9.2.x interfaces use the others.
 */
export class KnowledgeBase {
  private readonly indexes = new KnowledgeIndexes();

  constructor(private readonly deps: KnowledgeDeps) {}

  /** The visible nodes matching `query`, best first, a page of them and how many there are. */
  async search(vdnId: number, query: Omit<KnowledgeQuery, 'visibleAtMs'>, page: { offset: number; limit: number }): Promise<{ total: number; page: Array<{ node: KbNodeRow; score: number }> }> {
    const hits = await this.indexes.search(this.deps.repos, vdnId, { ...query, visibleAtMs: this.deps.clock.now() });
    const slice = hits.slice(page.offset, page.offset + page.limit);
    const rows = new Map((await this.deps.repos.knowledge.listByIds(vdnId, slice.map((h) => h.coluKngId))).map((r) => [r.coluKngId, r] as const));
    return { total: hits.length, page: slice.flatMap((h) => (rows.has(h.coluKngId) ? [{ node: rows.get(h.coluKngId)!, score: h.score }] : [])) };
  }

  /** Entries (not categories) matching free text, best first: what a bot or an agent asks. */
  async find(vdnId: number, text: string, limit = 5): Promise<KnowledgeMatch[]> {
    const found = await this.search(vdnId, { keyword: text }, { offset: 0, limit: limit * 2 });
    return found.page
      .filter((h) => h.node.coluKngType !== 1)
      .slice(0, limit)
      .map(({ node, score }) => ({ coluKngId: node.coluKngId, coluKngName: node.name, coluKngType: node.coluKngType, summaryInfo: node.summaryInfo, contentText: node.contentText, beyondColuPath: node.beyondColuPath, score }));
  }

  /** CEC §9.2.3 `data`. */
  async searchView(vdnId: number, tenantId: string, query: Omit<KnowledgeQuery, 'visibleAtMs'>, page: { offset: number; limit: number }): Promise<{ total: number; results: Array<Record<string, unknown>> }> {
    const found = await this.search(vdnId, query, page);
    const now = this.deps.clock.now();
    const results = [];
    for (const { node } of found.page) {
      const names = (await this.deps.repos.knowledge.listAttachments(vdnId, node.coluKngId)).map((a) => a.adjName);
      results.push(searchResultView(node, names, tenantId, now));
    }
    return { total: found.total, results };
  }

  /** CEC §9.2.1: a visible node with its attachments, related entries and neighbours; counts the open. */
  async detail(vdnId: number, tenantId: string, coluKngId: string, open: OpenContext): Promise<KnowledgeOutcome<Record<string, unknown>>> {
    const { repos, clock } = this.deps;
    const now = clock.now();
    const node = await repos.knowledge.findNode(vdnId, coluKngId);
    if (!node || !isVisible(node, now)) return fail(`knowledge ${coluKngId} does not exist`);
    if (open.openType === 5 && !(open.openKng && (await repos.knowledge.findNode(vdnId, open.openKng)))) return fail('openKng must name the knowledge the entry was opened from');
    await repos.knowledge.countOpen(vdnId, {
      id: this.deps.ids.next(),
      vdnId,
      coluKngId,
      openType: open.openType,
      openKng: open.openKng ?? null,
      searchRank: open.searchRank ?? null,
      searchSortType: open.searchSortType ?? null,
      searchWord: open.searchWord ?? null,
      atMs: now,
    });
    const opened = { ...node, clickNum: node.clickNum + 1 };
    const siblings = node.coluKngType === 1 ? [] : (await repos.knowledge.listChildren(vdnId, node.beyondColuId, [2, 3])).filter((s) => isVisible(s, now));
    const at = siblings.findIndex((s) => s.coluKngId === coluKngId);
    const relatedIds = JSON.parse(node.related) as string[];
    const related = (await repos.knowledge.listByIds(vdnId, relatedIds)).filter((r) => isVisible(r, now));
    related.sort((a, b) => relatedIds.indexOf(a.coluKngId) - relatedIds.indexOf(b.coluKngId));
    const attachments = await repos.knowledge.listAttachments(vdnId, coluKngId);
    return { ok: true, value: detailView(opened, { attachments, related, pre: at > 0 ? siblings[at - 1] : undefined, next: at >= 0 ? siblings[at + 1] : undefined }, tenantId, now) };
  }

  /** CEC §9.2.2: the visible child categories of a category ("0" = the root). */
  async childCategories(vdnId: number, beyondColuId: string): Promise<KnowledgeOutcome<Array<Record<string, unknown>>>> {
    const now = this.deps.clock.now();
    if (beyondColuId !== '0') {
      const parent = await this.deps.repos.knowledge.findNode(vdnId, beyondColuId);
      if (!parent || parent.coluKngType !== 1 || !isVisible(parent, now)) return fail(`category ${beyondColuId} does not exist`);
    }
    const children = await this.deps.repos.knowledge.listChildren(vdnId, beyondColuId, [1]);
    return { ok: true, value: children.filter((c) => isVisible(c, now)).map(categoryView) };
  }

  /** The admin import (decision 0901): appends a tree under a category or the root, or replaces the whole tree. */
  async importTree(vdnId: number, tenantSpaceId: string, input: KnowledgeImport): Promise<KnowledgeOutcome<{ count: number }>> {
    return inTransaction(this.deps.store, async (repos) => {
      if (input.mode === 'replace') await repos.knowledge.deleteTree(vdnId);
      let anchor: TreeAnchor = { ...rootAnchor, existingChildren: await repos.knowledge.countChildren(vdnId, '0') };
      if (input.parentId && input.parentId !== '0') {
        const parent = await repos.knowledge.findNode(vdnId, input.parentId);
        if (!parent || parent.coluKngType !== 1) return fail(`category ${input.parentId} does not exist`);
        const childPath = parent.beyondColuPath === '/' ? `/${parent.name}` : `${parent.beyondColuPath}/${parent.name}`;
        anchor = { parentId: parent.coluKngId, parentCode: parent.code, childPath, existingChildren: await repos.knowledge.countChildren(vdnId, parent.coluKngId) };
      }
      let flat;
      try {
        flat = flattenKnowledge(input.tree, anchor, () => this.deps.ids.next());
      } catch (error) {
        if (error instanceof RangeError) return fail(error.message);
        throw error;
      }
      const problem = knowledgeTreeProblem(flat, input.tree, new Set(await repos.knowledge.listIds(vdnId)));
      if (problem) return fail(problem);
      await repos.knowledge.insertTree(vdnId, tenantSpaceId, flat, this.deps.clock.now());
      return { ok: true, value: { count: flat.length } };
    });
  }
}
