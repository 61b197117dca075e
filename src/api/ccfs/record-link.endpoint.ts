import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import { ccfsEnvelope } from '../../http/envelope/index.ts';
import { linkSigner } from '../../services/ccfs/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { ccfsError } from './ccfs-errors.ts';
import { recordingReply } from './recording-access.ts';
import { recordLinkPrefix, recordLinkText } from './record-url.endpoint.ts';

const forbidden = () => new CecError('403', 'Forbidden', { httpStatus: 403 });

/**
 * The link 13.2.1.1 hands out (OpenCEC's stand-in for an OBS object URL, docs/extensions.md): no
 * credential but its signature, which binds the VDN, the recording, the developer and the expiry.
 * A bad or expired signature is HTTP 403; a recording that has since left that VDN is refused
 * (0300018) even though the signature is valid (issue 10). Ranges are served for players.
 */
export const recordLink = defineEndpoint({
  section: 'ext.ccfs.record-link',
  name: 'recordLink',
  summary: 'A signed, expiring recording link (getRecordFileUrlFromObs)',
  method: 'GET',
  path: `${recordLinkPrefix}/{vdnId}/{recordId}`,
  binaryReply: ['audio/wav'],
  auth: 'none',
  envelope: ccfsEnvelope,
  params: Type.Object({ vdnId: Type.String({ pattern: '^\\d{1,9}$' }), recordId: Type.String({ maxLength: 64 }) }),
  query: Type.Object({ AccessKeyId: Type.Optional(Type.String()), Expires: Type.Optional(Type.String()), Signature: Type.Optional(Type.String()) }),
  errors: ['403', '0300011', '0300018'],
  async handler({ params, query, services, request }) {
    const expires = Number(query.Expires);
    if (!query.Signature || !query.AccessKeyId || !Number.isInteger(expires)) throw forbidden();
    const vdnId = Number(params.vdnId);
    const text = recordLinkText(vdnId, params.recordId, query.AccessKeyId, expires);
    if (!(await linkSigner(services.files, services.secrets).verify(text, query.Signature))) throw forbidden();
    if (expires * 1_000 < services.clock.now()) throw forbidden();
    const row = await services.repos.ccfsExport.recordingByRecordId(params.recordId);
    if (!row) throw ccfsError('0300011');
    if (row.vdnId !== vdnId) throw ccfsError('0300018');
    return recordingReply(services, request, row, 'audio/wav');
  },
});
