export { KnowledgeBase, type KnowledgeDeps, type KnowledgeOutcome, type KnowledgeMatch, type OpenContext, type KnowledgeImport } from './knowledge-base.ts';
export type { KnowledgeQuery, KnowledgeHit } from './knowledge-index.ts';
export { attachmentUrl, signedAttachment, attachmentDownloadPath, attachmentUrlTtlMs } from './knowledge-files.ts';
