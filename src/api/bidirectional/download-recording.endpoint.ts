import { Type } from '@sinclair/typebox';
import { bareEnvelope } from '../../http/envelope/index.ts';
import { recordingDownloadPath, signedRecording } from '../../services/bidirectional/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { fileDownload } from '../file-download.ts';

/**
 * The URL §6.2.5 hands out (an OpenCEC extension, docs/extensions.md): the recording's WAV while
 * the signature holds and has not expired (decision 0428). The URL is the credential, as a
 * pre-signed object-store URL is.
 */
export const downloadMobileAgentRecordingEndpoint = defineEndpoint({
  section: 'ext.mobile-agent-recording',
  name: 'mobileAgentRecording',
  summary: 'Downloading a bidirectional call recording by its pre-signed URL',
  method: 'GET',
  path: `${recordingDownloadPath}/{callSerialNo}`,
  binaryReply: ['audio/wav'],
  auth: 'none',
  envelope: bareEnvelope,
  params: Type.Object({ callSerialNo: Type.String({ pattern: '^\\d{1,50}$' }) }),
  query: Type.Object({ vdnId: Type.Integer({ minimum: 1 }), Expires: Type.Integer({ minimum: 0 }), Signature: Type.String({ maxLength: 100 }) }),
  async handler({ params, query, services, request }) {
    const found = await signedRecording(services, { callSerialNo: params.callSerialNo, vdnId: query.vdnId, expires: query.Expires, signature: query.Signature }, services.clock.now());
    if (found === 'expired' || found === 'forbidden') throw bareEnvelope.generic('unauthorized', found === 'expired' ? 'The URL has expired.' : 'The signature does not match.');
    if (found === 'missing') throw bareEnvelope.generic('notFound', 'No such recording.');
    return fileDownload(request, { store: services.files, key: found.key, file: { sizeBytes: found.sizeBytes }, contentType: 'audio/wav', fileName: `${params.callSerialNo}.wav` });
  },
});
