import type { RecordingFiles, RecordingStore, RecordingTranscript } from '../../media/recordings/index.ts';
import { transcriptKey } from '../../media/recordings/index.ts';
import { round, transcriptLanguage, type Segment, type Transcript } from '../../domain/ccsqm/transcript.ts';
import type { RecordingRow } from '../../store/index.ts';
import type { TranscriptLine } from '../chat/chat-transcripts.ts';
import { chatSegments } from './chat-segments.ts';

/**
 * Where transcripts come from (issue 14, note 07 §8.3 B). Voice: the simulator's sidecar
 * transcript beside each recording (written by RecordingFiles, regenerated identically when
 * missing, decision 1301). A pluggable offline ASR or the chat transcripts implement the same
 * port; a provider answers the inspection status of its failure (ref L49256) when it has none.
 */
export type TranscriptSource = { kind: 'recording'; recording: RecordingRow } | { kind: 'chat'; vdnId: number; sessionId: string };

export type TranscriptOutcome = { ok: true; transcript: Transcript } | { ok: false; status: 31 | 32 | 35 | 37 | 40 };

export interface TranscriptProvider {
  transcribe(source: TranscriptSource): Promise<TranscriptOutcome>;
}


/** Sidecar utterances (agent/customer, ms) as timed segments (staff/customer, s). */
export function segmentsOf(sidecar: Pick<RecordingTranscript, 'utterances' | 'durationMs'>): Transcript {
  const ordered = [...sidecar.utterances].sort((a, b) => a.beginMs - b.beginMs);
  const segments: Segment[] = ordered.map((u, i) => ({ segment_id: i + 1, speaker: u.speaker === 'agent' ? 'staff' : 'customer', start_time: round(u.beginMs / 1000, 2), end_time: round(u.endMs / 1000, 2), asr_text: u.text }));
  return { duration: round(sidecar.durationMs / 1000, 2), language: transcriptLanguage(segments), segments };
}

async function readText(store: RecordingStore, key: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of store.read(key)) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

/** Voice from the simulator's sidecars; chat from the stored chat transcript (decision 1230). */
export class SidecarTranscripts implements TranscriptProvider {
  constructor(
    private readonly recordings: RecordingFiles,
    private readonly store: RecordingStore,
    private readonly chatLines?: (vdnId: number, callId: string) => Promise<TranscriptLine[]>,
  ) {}

  async transcribe(source: TranscriptSource): Promise<TranscriptOutcome> {
    if (source.kind === 'chat') {
      if (!this.chatLines) return { ok: false, status: 35 };
      const transcript = chatSegments(await this.chatLines(source.vdnId, source.sessionId));
      return transcript.segments.length === 0 ? { ok: false, status: 31 } : { ok: true, transcript };
    }
    const row = source.recording;
    if (row.status !== 'done' || row.endMs === null) return { ok: false, status: 40 };
    const finished = { recordId: row.recordId, vdnId: row.vdnId, callId: row.callId, fileName: row.fileName, agentId: row.agentId, callerNumber: row.callerNumber, calleeNo: row.calleeNo, beginMs: row.beginMs, endMs: row.endMs };
    try {
      await this.recordings.ensure(finished);
      const sidecar = JSON.parse(await readText(this.store, transcriptKey(finished))) as RecordingTranscript;
      const transcript = segmentsOf(sidecar);
      return transcript.segments.length === 0 ? { ok: false, status: 31 } : { ok: true, transcript };
    } catch {
      return { ok: false, status: 37 };
    }
  }
}
