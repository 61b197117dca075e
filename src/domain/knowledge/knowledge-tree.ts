import { htmlToText } from './html-text.ts';

/**
 * The knowledge tree of a tenant as the tenant file and the admin import give it (decision 0901):
 * categories holding child categories and entries (common knowledge or Q&A), entries with rich
 * text, attachments and related entries. Flattening assigns what the reference derives from the
 * tree: the 3-digits-per-level `code`, `superCode` (-1 at the root), the parent id (`0` at the
 * root), the path of ancestor names, and the order among siblings.
 */
export interface KnowledgeAttachmentInput {
  name: string;
  /** The file's bytes, Base64. */
  contentBase64: string;
  /** Built-in (an image inserted in the content) instead of an uploaded attachment. */
  builtIn?: boolean;
}

export interface KnowledgeNodeInput {
  id?: string;
  name: string;
  kind: 'category' | 'common' | 'qa';
  /** Rich text (HTML) of an entry; for Q&A the answer. */
  content?: string;
  summary?: string;
  keyword?: string;
  /** kngStatus: 1 new, 2 reviewed, 3 released (default), 4 updated, 5 rejected. */
  status?: number;
  /** serviceStatus: 1 common (default), 2 hotspot, 3 new, 4 updated, 5 expired. */
  serviceStatus?: number;
  display?: boolean;
  validStartTime?: number;
  validEndTime?: number;
  servicesStartTime?: number;
  servicesEndTime?: number;
  creatorId?: string;
  creatorName?: string;
  attachments?: KnowledgeAttachmentInput[];
  /** Ids of related entries (9.2.1 relaKngs). */
  related?: string[];
  children?: KnowledgeNodeInput[];
}

export interface FlatKnowledgeNode {
  coluKngId: string;
  coluKngType: 1 | 2 | 3;
  name: string;
  code: string;
  superCode: string;
  beyondColuId: string;
  beyondColuPath: string;
  orderId: number;
  kngContent: string;
  contentText: string;
  summaryInfo: string;
  keyword: string;
  kngStatus: number;
  serviceStatus: number;
  displayFlag: number;
  validStartMs: number | null;
  validEndMs: number | null;
  servicesStartMs: number | null;
  servicesEndMs: number | null;
  creatorId: string;
  creatorName: string;
  related: string[];
  attachments: Array<{ adjId: string; name: string; type: string; adjClass: number; bytes: Uint8Array; orderId: number }>;
}

/** Where flattened nodes hang: the root (`parentId` "0") or an existing category. */
export interface TreeAnchor {
  parentId: string;
  parentCode: string;
  /** The path of the parent's own children: "/" at the root, "/A/B" under category B of A. */
  childPath: string;
  /** How many children the parent already has (new codes and order ids continue after them). */
  existingChildren: number;
}

export const rootAnchor: TreeAnchor = { parentId: '0', parentCode: '-1', childPath: '/', existingChildren: 0 };

const kindType = { category: 1, common: 2, qa: 3 } as const;

/** Flattens `nodes` under `anchor`, taking ids from `nextId` where the input has none. Throws on a tree of over 999 siblings. */
export function flattenKnowledge(nodes: readonly KnowledgeNodeInput[], anchor: TreeAnchor, nextId: () => string): FlatKnowledgeNode[] {
  const out: FlatKnowledgeNode[] = [];
  const walk = (children: readonly KnowledgeNodeInput[], parent: TreeAnchor) => {
    children.forEach((node, index) => {
      const position = parent.existingChildren + index + 1;
      if (position > 999) throw new RangeError(`category ${parent.parentId} has more than 999 children`);
      const code = `${parent.parentCode === '-1' ? '' : parent.parentCode}${String(position).padStart(3, '0')}`;
      const id = node.id ?? nextId();
      const content = node.kind === 'category' ? '' : (node.content ?? '');
      out.push({
        coluKngId: id,
        coluKngType: kindType[node.kind],
        name: node.name,
        code,
        superCode: parent.parentCode,
        beyondColuId: parent.parentId,
        beyondColuPath: parent.childPath,
        orderId: position,
        kngContent: content,
        contentText: htmlToText(content),
        summaryInfo: node.summary ?? '',
        keyword: node.keyword ?? '',
        kngStatus: node.status ?? 3,
        serviceStatus: node.serviceStatus ?? 1,
        displayFlag: node.display === false ? 0 : 1,
        validStartMs: node.validStartTime ?? null,
        validEndMs: node.validEndTime ?? null,
        servicesStartMs: node.servicesStartTime ?? null,
        servicesEndMs: node.servicesEndTime ?? null,
        creatorId: node.creatorId ?? '',
        creatorName: node.creatorName ?? '',
        related: node.related ?? [],
        attachments: (node.attachments ?? []).map((a, i) => ({
          adjId: nextId(),
          name: a.name,
          type: /\.([A-Za-z0-9]{1,10})$/.exec(a.name)?.[1]?.toLowerCase() ?? '',
          adjClass: a.builtIn ? 1 : 2,
          bytes: Buffer.from(a.contentBase64, 'base64'),
          orderId: i + 1,
        })),
      });
      if (node.kind === 'category' && node.children?.length) {
        const childPath = parent.childPath === '/' ? `/${node.name}` : `${parent.childPath}/${node.name}`;
        walk(node.children, { parentId: id, parentCode: code, childPath, existingChildren: 0 });
      }
    });
  };
  walk(nodes, anchor);
  return out;
}

/** The first inconsistency of a tree: repeated ids, children of an entry, or relations to unknown entries. */
export function knowledgeTreeProblem(nodes: readonly FlatKnowledgeNode[], input: readonly KnowledgeNodeInput[], knownIds: ReadonlySet<string>): string | undefined {
  const ids = new Set<string>();
  for (const node of nodes) {
    if (ids.has(node.coluKngId) || knownIds.has(node.coluKngId)) return `knowledge id ${node.coluKngId} is used twice`;
    ids.add(node.coluKngId);
  }
  const entryWithChildren = (list: readonly KnowledgeNodeInput[]): KnowledgeNodeInput | undefined => {
    for (const n of list) {
      if (n.kind !== 'category' && n.children?.length) return n;
      const found = entryWithChildren(n.children ?? []);
      if (found) return found;
    }
    return undefined;
  };
  const bad = entryWithChildren(input);
  if (bad) return `entry ${bad.name} is not a category and cannot have children`;
  for (const node of nodes) {
    for (const r of node.related) if (!ids.has(r) && !knownIds.has(r)) return `entry ${node.name} relates to unknown entry ${r}`;
  }
  return undefined;
}
