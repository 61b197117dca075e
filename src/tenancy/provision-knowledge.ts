import { flattenKnowledge, knowledgeTreeProblem, rootAnchor, type KnowledgeNodeInput } from '../domain/knowledge/index.ts';
import type { Repositories } from '../store/index.ts';
import type { KnowledgeSpec } from './knowledge-spec.ts';

/** A problem of the tenant file's knowledge section, reported as a tenant-file error. */
export class KnowledgeSpecProblem extends Error {}

/**
 * Writes the tenant file's knowledge base (decision 0901): the SIA credentials of 9.1.1 (`jwt` is
 * the key, `domain` the SIA service name it must come with; a JWT password is one tenant's) and
 * the tree of categories and entries.
 */
export async function provisionKnowledge(repos: Repositories, vdnId: number, tenantSpaceId: string, spec: KnowledgeSpec | undefined, nextId: () => string, now: number): Promise<void> {
  if (!spec) return;
  for (const sia of spec.sia ?? []) {
    const existing = await repos.credentials.findAppCredential('sia', sia.jwt);
    if (existing && existing.vdnId !== vdnId) throw new KnowledgeSpecProblem('an SIA jwt belongs to another tenant');
    await repos.credentials.upsertAppCredential({ family: 'sia', appKey: sia.jwt, appSecret: sia.domain, vdnId, description: `SIA ${sia.domain}`, createdAtMs: now });
  }
  const tree = (spec.tree ?? []) as KnowledgeNodeInput[];
  if (tree.length === 0) return;
  const flat = flattenKnowledge(tree, rootAnchor, nextId);
  const problem = knowledgeTreeProblem(flat, tree, new Set());
  if (problem) throw new KnowledgeSpecProblem(problem);
  await repos.knowledge.insertTree(vdnId, tenantSpaceId, flat, now);
}
