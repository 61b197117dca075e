import { ZipFile } from 'yazl';
import { ctiRecordingName, parseCtiRecordingPath } from '../../media/recordings/index.ts';
import { SqmKind } from '../../domain/ccsqm/config-types.ts';
import { notFound } from '../../domain/ccsqm/failure.ts';
import type { Segment } from '../../domain/ccsqm/transcript.ts';
import type { RecordingRow } from '../../store/index.ts';
import { Documents } from './documents.ts';
import { sqmWrite, type SqmDeps } from './sqm-deps.ts';
import type { TranscriptProvider } from './transcript-provider.ts';

/**
 * The CCISQM open API's ASR tasks (§12.2.17.1–2): a task transcribes one recording of the
 * tenant, named by its CTI path; its text is retrievable for three days (ref L52780).
 */
export const asrRetentionMs = 3 * 24 * 3600_000;

export interface AsrTask {
  language: string;
  voiceFilePath: string;
  agentId: string;
  recordId: string;
  duration: number;
  segments: Segment[];
}

/** The tenant's finished recording a CTI path names (`Y:\27\0\…\….V3`, either slash; note 07 §8.4 item 75). */
export async function recordingByPath(deps: SqmDeps, vdnId: number, path: string): Promise<RecordingRow> {
  const parts = parseCtiRecordingPath(path.replaceAll('\\', '/'));
  const row = parts ? await deps.repos.ccfsExport.recordingByFileName(ctiRecordingName(parts)) : undefined;
  if (!row || row.vdnId !== vdnId || row.status !== 'done') throw notFound('recording file', path);
  return row;
}

export async function createAsrTask(deps: SqmDeps, provider: TranscriptProvider, vdnId: number, input: { language: string; voiceFilePath: string; agentId: string }): Promise<{ taskId: string; duration: number }> {
  const row = await recordingByPath(deps, vdnId, input.voiceFilePath);
  const outcome = await provider.transcribe({ kind: 'recording', recording: row });
  if (!outcome.ok) throw notFound('transcript of', input.voiceFilePath);
  // 16 hex digits like the examples (`608ba63d00000982`, ref L52928).
  const taskId = BigInt(deps.ids.next()).toString(16).padStart(16, '0').slice(-16);
  const body: AsrTask = { ...input, recordId: row.recordId, duration: outcome.transcript.duration, segments: outcome.transcript.segments };
  await sqmWrite(deps, vdnId, (repos) => new Documents(repos, vdnId).put(SqmKind.asrTask, { id: taskId, body, nowMs: deps.clock.now() }));
  return { taskId, duration: body.duration };
}

/** The task's text as a ZIP of `<taskId>.txt` (one line per segment) and `<taskId>.json`; undefined when unknown or expired. */
export async function asrTaskZip(deps: SqmDeps, vdnId: number, taskId: string): Promise<Buffer | undefined> {
  const doc = await new Documents(deps.repos, vdnId).find<AsrTask>(SqmKind.asrTask, taskId);
  if (!doc || deps.clock.now() - doc.createdAtMs > asrRetentionMs) return undefined;
  const lines = doc.body.segments.map((s) => `[${s.start_time.toFixed(2)}-${s.end_time.toFixed(2)}] ${s.speaker}: ${s.asr_text}`).join('\n');
  const zip = new ZipFile();
  const mtime = new Date(doc.createdAtMs);
  zip.addBuffer(Buffer.from(`${lines}\n`, 'utf8'), `${taskId}.txt`, { mtime });
  zip.addBuffer(Buffer.from(JSON.stringify({ taskId, duration: doc.body.duration, segments: doc.body.segments }), 'utf8'), `${taskId}.json`, { mtime });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
