export { kbTokens, isWordToken } from './kb-tokenizer.ts';
export { htmlToText } from './html-text.ts';
export { flattenKnowledge, knowledgeTreeProblem, rootAnchor, type KnowledgeNodeInput, type KnowledgeAttachmentInput, type FlatKnowledgeNode, type TreeAnchor } from './knowledge-tree.ts';
