import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import { attachmentUrl } from '../../services/knowledge/index.ts';
import { knowledgeInterface, requestOrigin } from './knowledge-request.ts';

/**
 * CEC §9.2.4 knowledge/download / downloadByAKSK (ref L32179–32252): a ten-minute signed URL of an
 * attachment of a visible entry. Table 9-24 puts `url` in `data`, the example at the top level;
 * the reply carries both (decision 0901).
 */
export const downloadAddressEndpoints = knowledgeInterface({
  section: '9.2.4',
  name: 'knowledge/download',
  summary: 'Querying an attachment download address',
  path: '/rest/ccikbs/v1/knowledge/download',
  body: { kngId: Type.String({ minLength: 1, maxLength: 64 }), fileKey: Type.String({ minLength: 1, maxLength: 200 }) },
  response: Type.Object({ url: Type.String(), data: Type.Object({ url: Type.String() }) }),
  async handler(ctx, tenant) {
    const found = await attachmentUrl(ctx.services.repos, tenant.vdnId, ctx.body.kngId, ctx.body.fileKey, requestOrigin(ctx), ctx.services.clock.now());
    if (!found.ok) throw new CecError('1', found.message);
    return { description: 'success', url: found.url, data: { url: found.url } };
  },
});
