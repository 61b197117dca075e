/**
 * The iKBS knowledge base (reference ch. 9, note 05 §4.1, migration 0901, decision 0901): one tree
 * per tenant whose nodes are categories and entries, attachments of entries, the open events of
 * 9.2.1 (usage analytics) and a revision counter that tells search indexes to rebuild.
 */
export interface KnowledgeTables {
  kbNode: KbNodeTable;
  kbAttachment: KbAttachmentTable;
  kbOpenEvent: KbOpenEventTable;
  kbRevision: KbRevisionTable;
}

export interface KbNodeTable {
  vdnId: number;
  coluKngId: string;
  /** 1 category, 2 common knowledge, 3 Q&A knowledge. */
  coluKngType: number;
  /** 1 normal category, 2 history category. */
  coluType: number;
  name: string;
  /** 3 digits per tree level ("001", "001007"). */
  code: string;
  /** "-1" at the root. */
  superCode: string;
  /** "0" at the root. */
  beyondColuId: string;
  beyondColuPath: string;
  orderId: number;
  /** Rich text (HTML). */
  kngContent: string;
  /** The plain text of kngContent, indexed and returned as contentInfo. */
  contentText: string;
  summaryInfo: string;
  keyword: string;
  kngStatus: number;
  serviceStatus: number;
  displayFlag: number;
  clickNum: number;
  releaseTimes: number;
  curVersionNum: number;
  validStartMs: number | null;
  validEndMs: number | null;
  servicesStartMs: number | null;
  servicesEndMs: number | null;
  creatorId: string;
  creatorName: string;
  modifierId: string;
  /** JSON array of related entry ids. */
  related: string;
  createdAtMs: number;
  modifiedAtMs: number;
}

export interface KbAttachmentTable {
  vdnId: number;
  adjId: string;
  kngId: string;
  /** `ccikbs/file/{tenantId}/{uuid}` as the reference shows (ref L31879). */
  adjKey: string;
  adjName: string;
  adjType: string;
  /** 1 built-in, 2 external. */
  adjClass: number;
  adjSize: number;
  orderId: number;
  versionNum: number;
  creatorId: string;
  /** The file, Base64 (attachments are small documents; decision 0901). */
  content: string;
  createdAtMs: number;
}

export interface KbOpenEventTable {
  id: string;
  vdnId: number;
  coluKngId: string;
  openType: number;
  openKng: string | null;
  searchRank: number | null;
  searchSortType: string | null;
  searchWord: string | null;
  atMs: number;
}

export interface KbRevisionTable {
  vdnId: number;
  revision: number;
}

declare module './schema.ts' {
  interface Database extends KnowledgeTables {}
}
