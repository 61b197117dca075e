import { createRng } from '../../domain/time/index.ts';
import { planDialogue, pickScript, recordingSeed, type DialogueScript, type Utterance } from './dialogue-script.ts';
import { parseCtiRecordingPath, recordingStoreKey } from './recording-paths.ts';
import { parseVolumePath } from './volume-paths.ts';
import { concatenatedRecording, recordingChannels, recordingSampleRate, recordingSizeBytes, synthesiseRecording } from './recording-synth.ts';
import type { RecordingStore, StoredFile } from './recording-store.ts';

/** What a finished recording needs to become files: the recording index row's facts. */
export interface FinishedRecording {
  recordId: string;
  vdnId: number;
  callId: string;
  /** The CTI path (`Y:/…/….V3`). */
  fileName: string;
  agentId: string;
  callerNumber: string;
  calleeNo: string;
  beginMs: number;
  endMs: number;
  /** recordMode 1 (13.1.1.9): the file's earlier segments, in order; this one goes on their end. */
  earlier?: readonly RecordingSegment[] | undefined;
}

/** One segment of an appended file: its own index row's id and times. */
export interface RecordingSegment {
  recordId: string;
  beginMs: number;
  endMs: number;
}

/** What a voice message needs to become a file (the engine's VoiceMessage). */
export interface VoiceMessageFile {
  vdnId: number;
  callId: string;
  caller: string;
  /** The drive path, `Y:/{vdnId}/record/{yyyymmdd}/{name}.wav`. */
  fileName: string;
  beginMs: number;
  endMs: number;
}

/** What a simulated caller says after the beep. */
const voiceMessageScript: DialogueScript = {
  name: 'voice-message',
  lines: [
    { speaker: 'customer', text: 'Hello, this is a message from {caller}. Please call me back as soon as you can, thank you.' },
    { speaker: 'customer', text: 'Again, please call me back, it is about my account.' },
  ],
};

/** The sidecar transcript (docs/simulator.md "Recordings and transcripts"). */
export interface RecordingTranscript {
  recordId: string;
  callId: string;
  vdnId: number;
  agentId: string;
  caller: string;
  called: string;
  beginTimeMs: number;
  endTimeMs: number;
  durationMs: number;
  audio: { encoding: 'alaw'; sampleRate: number; channels: readonly string[] };
  script: string;
  utterances: Utterance[];
}

export interface RecordingFilesOptions {
  store: RecordingStore;
  /** The run's seed: with the recording id it decides the audio and the script (decision 1301). */
  seed: number;
  /**
   * `eager`: files are written as soon as a segment stops (the server); `lazy`: on first read
   * (the simulator, whose day of calls would fill a disk). Both give the same bytes.
   */
  mode: 'eager' | 'lazy';
  onError: (error: unknown, recording: FinishedRecording) => void;
}

/**
 * Turns finished recordings into files: the WAV and its transcript, written behind the engine (the
 * engine only reports that a segment stopped). Content is a pure function of the seed and the row,
 * so a file lost or never written (a crash, lazy mode) is regenerated identically when read.
 */
export class RecordingFiles {
  private readonly queue: Array<() => Promise<unknown>> = [];
  private writing: Promise<void> | undefined;
  private readonly scripts = new Map<number, readonly DialogueScript[]>();

  constructor(private readonly options: RecordingFilesOptions) {}

  /** Scenario dialogue scripts for a tenant's calls (the generic script otherwise). */
  setScripts(vdnId: number, scripts: readonly DialogueScript[]): void {
    this.scripts.set(vdnId, scripts);
  }

  /** A segment stopped: write its files (eager mode), in order, off the engine's path. */
  finished(recording: FinishedRecording): void {
    if (this.options.mode === 'lazy') return;
    this.enqueue(() => this.write(recording), recording);
  }

  /**
   * A caller's IVR voice message ended (a `record` node): its WAV, the caller alone on the customer
   * channel, goes to the tenant volume at its drive path (decision 1316). Written in both modes:
   * no index row remembers a message, so it could not be regenerated later.
   */
  voiceMessage(message: VoiceMessageFile): void {
    const path = parseVolumePath(message.fileName);
    if (typeof path === 'string') return;
    const durationMs = Math.max(0, message.endMs - message.beginMs);
    const rng = createRng(recordingSeed(this.options.seed, message.fileName));
    const utterances = planDialogue(voiceMessageScript, durationMs, rng, { caller: message.caller });
    const seed = recordingSeed(this.options.seed ^ 0x5eed, message.fileName);
    this.enqueue(() => this.options.store.write(path.key, synthesiseRecording(utterances, durationMs, seed)), { recordId: message.fileName, vdnId: message.vdnId, callId: message.callId, fileName: message.fileName, agentId: '', callerNumber: message.caller, calleeNo: '', beginMs: message.beginMs, endMs: message.endMs });
  }

  private enqueue(job: () => Promise<unknown>, about: FinishedRecording): void {
    this.queue.push(() => job().catch((error: unknown) => this.options.onError(error, about)));
    this.writing ??= this.drain();
  }

  /** Resolves when every file reported so far is written. */
  async settled(): Promise<void> {
    while (this.writing) await this.writing;
  }

  /** The store key of the recording's audio, writing both files first if they are missing. */
  async ensure(recording: FinishedRecording): Promise<{ key: string; file: StoredFile }> {
    const key = audioKey(recording);
    const existing = await this.options.store.stat(key);
    // An appended file read before its last segment stopped holds fewer segments: write it again.
    if (existing && (!recording.earlier?.length || existing.sizeBytes === recordingSizeBytes(totalMs(segmentsOf(recording))))) return { key, file: existing };
    return { key, file: await this.write(recording) };
  }

  /** The transcript of a recording (computed; the sidecar file holds the same JSON). */
  transcript(recording: FinishedRecording): RecordingTranscript {
    const rng = createRng(recordingSeed(this.options.seed, recording.recordId));
    const script = pickScript(this.scripts.get(recording.vdnId) ?? [], rng);
    const durationMs = Math.max(0, recording.endMs - recording.beginMs);
    const utterances = planDialogue(script, durationMs, rng, { agent: recording.agentId, caller: recording.callerNumber, called: recording.calleeNo });
    return {
      recordId: recording.recordId,
      callId: recording.callId,
      vdnId: recording.vdnId,
      agentId: recording.agentId,
      caller: recording.callerNumber,
      called: recording.calleeNo,
      beginTimeMs: recording.beginMs,
      endTimeMs: recording.endMs,
      durationMs,
      audio: { encoding: 'alaw', sampleRate: recordingSampleRate, channels: recordingChannels },
      script: script.name,
      utterances,
    };
  }

  private async drain(): Promise<void> {
    try {
      for (let next = this.queue.shift(); next; next = this.queue.shift()) await next();
    } finally {
      this.writing = undefined;
    }
  }

  /**
   * Both files of a recording. An appended file is its segments one after the other, each
   * synthesised as it would be alone (so a segment's bytes do not change when another is added),
   * under one WAV header of the summed length; the transcript's times run on across segments.
   */
  private async write(recording: FinishedRecording): Promise<StoredFile> {
    const parts = segmentsOf(recording).map((segment) => this.transcript(segment));
    const audio = parts.map((t) => synthesiseRecording(t.utterances, t.durationMs, recordingSeed(this.options.seed ^ 0x5eed, t.recordId)));
    const transcript = parts.length === 1 ? parts[0]! : joinedTranscript(parts);
    await this.options.store.write(transcriptKey(recording), [Buffer.from(`${JSON.stringify(transcript, null, 2)}\n`)]);
    return this.options.store.write(audioKey(recording), audio.length === 1 ? audio[0]! : concatenatedRecording(audio, transcript.durationMs));
  }
}

/** The recordings of a file in order: the earlier segments (appended files), then this one. */
function segmentsOf(recording: FinishedRecording): FinishedRecording[] {
  const earlier = (recording.earlier ?? []).map(({ recordId, beginMs, endMs }) => ({ ...recording, recordId, beginMs, endMs, earlier: undefined }));
  return [...earlier, { ...recording, earlier: undefined }];
}

function totalMs(segments: readonly FinishedRecording[]): number {
  return segments.reduce((sum, s) => sum + Math.max(0, s.endMs - s.beginMs), 0);
}

/** One transcript for an appended file: the first segment's identity, every segment's talk, offset. */
function joinedTranscript(parts: readonly RecordingTranscript[]): RecordingTranscript {
  let offsetMs = 0;
  const utterances: Utterance[] = [];
  for (const part of parts) {
    for (const u of part.utterances) utterances.push({ ...u, beginMs: u.beginMs + offsetMs, endMs: u.endMs + offsetMs });
    offsetMs += part.durationMs;
  }
  return { ...parts[0]!, endTimeMs: parts[parts.length - 1]!.endTimeMs, durationMs: offsetMs, utterances };
}

/** Store keys of a recording's files; a name outside the CTI form gets a key by record id. */
export function audioKey(recording: Pick<FinishedRecording, 'fileName' | 'vdnId' | 'recordId'>): string {
  const parts = parseCtiRecordingPath(recording.fileName);
  return parts ? recordingStoreKey(parts) : `record/${recording.vdnId}/other/${recording.recordId}.wav`;
}

export function transcriptKey(recording: Pick<FinishedRecording, 'fileName' | 'vdnId' | 'recordId'>): string {
  return audioKey(recording).replace(/\.wav$/, '.json');
}
