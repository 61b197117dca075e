import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import { returnCodeEnvelope } from '../../http/envelope/index.ts';
import type { KnowledgeNodeInput } from '../../domain/knowledge/index.ts';
import { tenantSetting } from '../../services/tenant-settings/index.ts';
import { KnowledgeNodeSpec } from '../../tenancy/knowledge-spec.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { knowledgeValue } from './knowledge-request.ts';

/**
 * OpenCEC extension (docs/extensions.md, decision 0901): a VDN administrator (configuration login,
 * `Guid` header) imports knowledge in the tenant file's format: `append` adds the tree under a
 * category (`parentId`) or the root, `replace` replaces the tenant's whole tree. The import is one
 * transaction and the search index follows at the next query.
 */
export const importKnowledgeEndpoint = defineEndpoint({
  section: 'ext.ikbs.import',
  name: 'ikbs/import',
  summary: 'Import knowledge categories and entries',
  method: 'POST',
  path: '/opencec/v1/ikbs/import',
  auth: 'C5',
  envelope: returnCodeEnvelope,
  body: Type.Object({
    mode: Type.Optional(Type.Union([Type.Literal('append'), Type.Literal('replace')])),
    parentId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    tree: Type.Array(KnowledgeNodeSpec, { minItems: 1, maxItems: 999 }),
  }),
  response: Type.Object({ count: Type.Integer() }),
  bodyLimitBytes: 64 * 1024 * 1024,
  async handler({ body, auth, services }) {
    if (auth.vdnId === null) throw new CecError('1', 'Only a VDN administrator imports knowledge.', { httpStatus: 403 });
    if (body.mode === 'replace' && body.parentId) throw new CecError('1', 'A replacing import has no parentId.');
    const space = await tenantSetting(services.repos, auth.vdnId, 'tenantSpaceId');
    const tenantSpaceId = typeof space === 'string' && space !== '' ? space : String(auth.vdnId);
    const result = await services.knowledge.importTree(auth.vdnId, tenantSpaceId, { mode: body.mode ?? 'append', parentId: body.parentId, tree: body.tree as KnowledgeNodeInput[] });
    return { description: 'success', ...knowledgeValue(result) };
  },
});
