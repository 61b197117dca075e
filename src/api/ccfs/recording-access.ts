import type { FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import { binaryReply } from '../../http/binary-reply.ts';
import type { AuthContext } from '../../http/endpoint.ts';
import { ctiRecordingName, parseCcfsRecordingPath, parseCtiRecordingPath, type FinishedRecording, type RecordingPathParts } from '../../media/recordings/index.ts';
import type { RecordingRow } from '../../store/index.ts';
import { screenRecordingMediaType } from '../../engine/index.ts';
import { fileDownload } from '../file-download.ts';
import type { ApiServices } from '../services.ts';
import { ccfsError } from './ccfs-errors.ts';
import { ccfsOctetStream } from './download-packages.endpoint.ts';

/**
 * The caller's recording named by a CTI path (`original_file_name`) or a CC-FS name (`file_name`):
 * none → 0300011; another tenant's → 0300018, whatever the signature (issue 10); still being
 * recorded → 0300011 (decision 1301).
 */
export async function findRecording(services: ApiServices, auth: AuthContext, name: string, form: 'cti' | 'ccfs'): Promise<RecordingRow> {
  const parts = form === 'cti' ? parseCtiRecordingPath(name) : parseCcfsRecordingPath(name);
  if (!parts) throw ccfsError(form === 'cti' ? '0300012' : '0300011');
  const row = parts.date ? await services.repos.ccfsExport.recordingByFileName(ctiRecordingName(parts)) : undefined;
  const found = row ?? (await undatedMatch(services, parts));
  if (!found) throw ccfsError(form === 'cti' ? '0300012' : '0300011');
  if (found.vdnId !== auth.vdnId) throw ccfsError('0300018');
  if (!hasAudioFile(found)) throw ccfsError('0300011');
  return found;
}

/** A finished recording with a file: not live (decision 1301) and not a screen recording's index entry (decision 1311). */
export function hasAudioFile(row: RecordingRow): boolean {
  return row.status === 'done' && row.endMs !== null && row.mediaType !== screenRecordingMediaType;
}

/**
 * The recording a CTI path (`Y:/1/0/20260105/101/0800001.V3`, either slash) names, seen from one
 * tenant: `other-tenant` when it is another VDN's (never served, issue 10), undefined when there is
 * no such recording.
 */
export async function tenantRecordingByPath(services: ApiServices, vdnId: number, path: string): Promise<RecordingRow | 'other-tenant' | undefined> {
  const parts = parseCtiRecordingPath(path);
  if (!parts) return undefined;
  const row = await services.repos.ccfsExport.recordingByFileName(ctiRecordingName(parts));
  if (!row) return undefined;
  return row.vdnId === vdnId ? row : 'other-tenant';
}

/** The index example leaves the date out (ref L68881): match on VDN, agent and name within the tenant's recordings. */
async function undatedMatch(services: ApiServices, parts: RecordingPathParts): Promise<RecordingRow | undefined> {
  if (parts.date) return undefined;
  const rows = await services.store.db
    .selectFrom('recording')
    .selectAll()
    .where('vdnId', '=', parts.vdnId)
    .where('agentId', '=', parts.agentId)
    .where('fileName', 'like', `%/${parts.agentId}/${parts.stem}.V3`)
    .limit(2)
    .execute();
  if (rows.length > 1) throw ccfsError('0300020');
  return rows[0];
}

/** A recording's WAV as a download, generating the file first if it is missing (decision 1301). */
export async function recordingReply(services: ApiServices, request: FastifyRequest, row: RecordingRow, contentType = ccfsOctetStream): Promise<Record<string, unknown>> {
  const { key, file } = await services.cti.recordingFiles.ensure(await asFinished(services, row));
  return fileDownload(request, { store: services.files, key, file, contentType, fileName: key.slice(key.lastIndexOf('/') + 1) });
}

/** Several recordings of one call as one ZIP, streamed (13.2.1.5: "a .zip file", ref L67740). */
export async function recordingsZipReply(services: ApiServices, rows: readonly RecordingRow[], name: string): Promise<Record<string, unknown>> {
  const zip = new ZipFile();
  for (const row of rows) {
    const { key } = await services.cti.recordingFiles.ensure(await asFinished(services, row));
    zip.addReadStream(services.files.read(key), key.slice(key.lastIndexOf('/') + 1), { mtime: new Date(row.beginMs), compress: false });
  }
  zip.end();
  return binaryReply(zip.outputStream as unknown as Readable, { 'content-type': ccfsOctetStream, 'content-disposition': `attachment; filename="${name}.zip"` });
}

/**
 * What `RecordingFiles` needs to serve a row's file. Self-recordings appended with recordMode 1
 * share one file: every stopped segment of it, found by the first segment's id (migration 1301),
 * so whichever segment's row names the file, the file holds them all.
 */
export async function asFinished(services: ApiServices, row: RecordingRow): Promise<FinishedRecording> {
  const chain = await services.repos.ctiRecords.appendedSegments(row.vdnId, row.appendOf ?? row.recordId);
  const last = chain.length > 1 ? chain[chain.length - 1]! : row;
  const earlier = chain.slice(0, -1).map((r) => ({ recordId: r.recordId, beginMs: r.beginMs, endMs: r.endMs ?? r.beginMs }));
  return { recordId: last.recordId, vdnId: last.vdnId, callId: last.callId, fileName: last.fileName, agentId: last.agentId, callerNumber: last.callerNumber, calleeNo: last.calleeNo, beginMs: last.beginMs, endMs: last.endMs ?? last.beginMs, earlier: chain.length > 1 ? earlier : undefined };
}

