import { Type } from '@sinclair/typebox';
import { binaryReply } from '../../http/binary-reply.ts';
import { bareEnvelope } from '../../http/envelope/index.ts';
import { attachmentDownloadPath, signedAttachment } from '../../services/knowledge/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';

const contentTypes: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  txt: 'text/plain; charset=utf-8',
  html: 'text/html; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * The URL §9.2.4 hands out (an OpenCEC extension, docs/extensions.md): the attachment's bytes
 * while the signature holds and has not expired (decision 0901). The URL is the credential, as a
 * pre-signed object-store URL is.
 */
export const knowledgeAttachmentFileEndpoint = defineEndpoint({
  section: 'ext.ikbs.attachment',
  name: 'ikbsAttachment',
  summary: 'Downloading a knowledge attachment by its pre-signed URL',
  method: 'GET',
  path: `${attachmentDownloadPath}/{adjId}`,
  binaryReply: [...new Set(Object.values(contentTypes)), 'application/octet-stream'],
  auth: 'none',
  envelope: bareEnvelope,
  params: Type.Object({ adjId: Type.String({ pattern: '^[0-9A-Za-z]{1,64}$' }) }),
  query: Type.Object({ vdnId: Type.Integer({ minimum: 1 }), Expires: Type.Integer({ minimum: 0 }), Signature: Type.String({ maxLength: 100 }) }),
  async handler({ params, query, services }) {
    const found = await signedAttachment(services.repos, { adjId: params.adjId, vdnId: query.vdnId, expires: query.Expires, signature: query.Signature }, services.clock.now());
    if (found === 'expired' || found === 'forbidden') throw bareEnvelope.generic('unauthorized', found === 'expired' ? 'The URL has expired.' : 'The signature does not match.');
    if (found === 'missing') throw bareEnvelope.generic('notFound', 'No such attachment.');
    const bytes = Buffer.from(found.content, 'base64');
    return binaryReply(bytes, {
      'content-type': contentTypes[found.adjType] ?? 'application/octet-stream',
      'content-length': String(bytes.byteLength),
      'content-disposition': `attachment; filename="${found.adjName.replace(/["\\\r\n]/g, '_')}"`,
    });
  },
});
