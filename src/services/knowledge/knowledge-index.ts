import MiniSearch from 'minisearch';
import { isWordToken, kbTokens } from '../../domain/knowledge/index.ts';
import type { KbIndexRow, Repositories } from '../../store/index.ts';
import { isVisible } from './knowledge-views.ts';

/** A ranked hit of the knowledge search. */
export interface KnowledgeHit {
  coluKngId: string;
  score: number;
}

export interface KnowledgeQuery {
  keyword: string;
  /** Only nodes in the subtree of this code (its own code starts with it). */
  code?: string;
  coluKngType?: number;
  /** Modification time window (epoch ms, inclusive). */
  startTime?: number;
  endTime?: number;
  /** Only what agents and bots see at this instant (isVisible). */
  visibleAtMs: number;
}

interface IndexedTenant {
  revision: number;
  index: MiniSearch<KbIndexRow>;
}

/**
 * The full-text index of each tenant's knowledge base (decision 0900): MiniSearch (BM25+) over the
 * name, keywords, summary and plain-text content, with the CJK-bigram tokeniser of
 * src/domain/knowledge. The store is the truth: an index is rebuilt when the tenant's revision
 * (moved on by every write, from any server of a cluster) differs from the one it was built at.
 * Terms combine with OR, so a query ranks entries by how many of its words and bigrams they share,
 * weighted by rarity; an alphabetic word also matches longer words it begins (prefix search).
 */
export class KnowledgeIndexes {
  private readonly tenants = new Map<number, IndexedTenant>();
  private readonly building = new Map<number, Promise<IndexedTenant>>();

  async search(repos: Repositories, vdnId: number, query: KnowledgeQuery): Promise<KnowledgeHit[]> {
    const tenant = await this.current(repos, vdnId);
    const results = tenant.index.search(query.keyword, {
      filter: (result) => {
        const code = result.code as string;
        if (query.code && !code.startsWith(query.code)) return false;
        if (query.coluKngType !== undefined && result.coluKngType !== query.coluKngType) return false;
        const modified = result.modifiedAtMs as number;
        if (query.startTime !== undefined && modified < query.startTime) return false;
        if (query.endTime !== undefined && modified > query.endTime) return false;
        return isVisible(result as unknown as KbIndexRow, query.visibleAtMs);
      },
    });
    // Equal scores keep a stable order: the more recent first, then the id.
    return results
      .map((r) => ({ coluKngId: String(r.id), score: r.score, modified: r.modifiedAtMs as number }))
      .sort((a, b) => b.score - a.score || b.modified - a.modified || (a.coluKngId < b.coluKngId ? -1 : a.coluKngId > b.coluKngId ? 1 : 0))
      .map(({ coluKngId, score }) => ({ coluKngId, score }));
  }

  private async current(repos: Repositories, vdnId: number): Promise<IndexedTenant> {
    const revision = await repos.knowledge.revision(vdnId);
    const cached = this.tenants.get(vdnId);
    if (cached && cached.revision === revision) return cached;
    // Concurrent searches after a change share one rebuild.
    const pending = this.building.get(vdnId);
    if (pending) return pending;
    const build = (async () => {
      const index = newIndex();
      index.addAll(await repos.knowledge.listIndexRows(vdnId));
      const built = { revision, index };
      this.tenants.set(vdnId, built);
      return built;
    })();
    this.building.set(vdnId, build);
    try {
      return await build;
    } finally {
      this.building.delete(vdnId);
    }
  }
}

function newIndex(): MiniSearch<KbIndexRow> {
  return new MiniSearch<KbIndexRow>({
    idField: 'coluKngId',
    fields: ['name', 'keyword', 'summaryInfo', 'contentText'],
    storeFields: ['code', 'coluKngType', 'modifiedAtMs', 'displayFlag', 'kngStatus', 'validStartMs', 'validEndMs'],
    tokenize: kbTokens,
    // kbTokens already normalises and lower-cases.
    processTerm: (term) => term,
    searchOptions: {
      boost: { name: 3, keyword: 2, summaryInfo: 1.5 },
      prefix: (term) => isWordToken(term) && term.length >= 3,
      combineWith: 'OR',
    },
  });
}
