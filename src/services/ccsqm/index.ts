import type { RecordingFiles, RecordingStore } from '../../media/recordings/index.ts';
import { SqmScheduler } from './sqm-scheduler.ts';
import type { SqmDeps } from './sqm-deps.ts';
import { SidecarTranscripts, type TranscriptProvider } from './transcript-provider.ts';
import { chatTranscript } from '../chat/chat-transcripts.ts';
import { takeEffectDue } from './quality-tasks.ts';
import { runDuePlans } from './sampling-plans.ts';

export type { SqmDeps } from './sqm-deps.ts';
export type { TranscriptProvider, TranscriptSource, TranscriptOutcome } from './transcript-provider.ts';
export { SqmScheduler } from './sqm-scheduler.ts';

/** The quality check's runtime parts: where transcripts come from and the scheduler. */
export interface SqmServices {
  readonly transcripts: TranscriptProvider;
  readonly scheduler: SqmScheduler;
}

export function createSqmServices(deps: SqmDeps, files: { recordings: RecordingFiles; store: RecordingStore }, options: { track<T>(work: Promise<T>): Promise<T>; onError(error: unknown): void }): SqmServices {
  const transcripts = new SidecarTranscripts(files.recordings, files.store, (vdnId, callId) => chatTranscript(deps.repos, vdnId, callId));
  const scheduler = new SqmScheduler(deps, transcripts, { tickMs: 60_000, batch: 500, ...options });
  scheduler.onTick((nowMs) => takeEffectDue(deps, nowMs));
  scheduler.onTick((nowMs) => runDuePlans(deps, nowMs));
  return { transcripts, scheduler };
}
