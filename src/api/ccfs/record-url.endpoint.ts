import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { limits } from '../../app/limits.ts';
import { parseCallId } from '../../domain/ids/index.ts';
import { ccfsEnvelope } from '../../http/envelope/index.ts';
import type { RecordingRow } from '../../store/index.ts';
import { linkSigner } from '../../services/ccfs/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import type { ApiServices } from '../services.ts';
import { ccfsError } from './ccfs-errors.ts';
import { ccfsBodySchema, ccfsField, ccfsWindow } from './ccfs-request.ts';
import { hasAudioFile } from './recording-access.ts';

/** Where the signed links point: our stand-in for the OBS/LSS object URL (docs/extensions.md). */
export const recordLinkPrefix = '/opencec/v1/ccfs/record';

/** The text a record link signs: the path, the developer and the expiry (decision 1314). */
export function recordLinkText(vdnId: number, recordId: string, accessKey: string, expiresSeconds: number): string {
  return `GET\n${recordLinkPrefix}/${vdnId}/${recordId}\n${accessKey}\n${expiresSeconds}`;
}

async function recordLink(services: ApiServices, request: FastifyRequest, row: RecordingRow, accessKey: string): Promise<string> {
  const expires = Math.floor((services.clock.now() + limits.ccfsRecordUrlTtlMs) / 1_000);
  const signature = await linkSigner(services.files, services.secrets).sign(recordLinkText(row.vdnId, row.recordId, accessKey, expires));
  const host = request.headers.host ?? 'localhost';
  return `${request.protocol}://${host}${recordLinkPrefix}/${row.vdnId}/${encodeURIComponent(row.recordId)}?AccessKeyId=${encodeURIComponent(accessKey)}&Expires=${expires}&Signature=${signature}`;
}

/**
 * CEC §13.2.1.1 getRecordFileUrlFromObs (ref L67166): the body is flat (`{callId, beginTime,
 * endTime, version}`, ref L67240). Each recording of the call within the window (≤ 3 days) gets a
 * link signed with the server's secret that expires after 8 hours on the Clock and is served by
 * us (decision 1314). Several recordings: their links in start-time order, comma-separated in the
 * one String `url` the table defines. None: 0300012; another developer's: 0300018.
 */
export const getRecordFileUrlFromObs = defineEndpoint({
  section: '13.2.1.1',
  name: 'getRecordFileUrlFromObs',
  summary: 'Obtaining a recording download and playback URL',
  method: 'POST',
  path: '/CCFS/resource/ccfs/getRecordFileUrlFromObs',
  auth: 'C2',
  envelope: ccfsEnvelope,
  body: ccfsBodySchema,
  response: Type.Object({ resultData: Type.Object({ url: Type.String() }) }),
  errors: ['0300001', '0300002', '0300003', '0300004', '0300006', '0300007', '0300013', '0300014', '0300016', '0300012', '0300018'],
  async handler({ body, auth, services, request }) {
    const flat = (body ?? {}) as Record<string, unknown>;
    const version = ccfsField(flat, 'version', { max: 32 });
    if (version !== undefined && version !== '2.0') throw ccfsError('0300006', '2.0');
    const callIdText = ccfsField(flat, 'callId', { required: true, max: 25 })!;
    const callId = parseCallId(callIdText);
    if (!callId) throw ccfsError('0300004', 'callId');
    const { fromMs, toMs } = ccfsWindow(flat, services.clock.now(), limits.ccfsQueryWindowDaysMax);
    const inWindow = (await services.repos.ccfsExport.recordingsOfCallAnyTenant(callId)).filter((r) => hasAudioFile(r) && r.beginMs < toMs && r.endMs! >= fromMs);
    const own = inWindow.filter((r) => r.vdnId === auth.vdnId);
    if (own.length === 0) throw ccfsError(inWindow.length > 0 ? '0300018' : '0300012');
    own.sort((a, b) => a.beginMs - b.beginMs || a.endMs! - b.endMs!);
    const urls = await Promise.all(own.map((row) => recordLink(services, request, row, auth.subject)));
    return { resultData: { url: urls.join(',') } };
  },
});
