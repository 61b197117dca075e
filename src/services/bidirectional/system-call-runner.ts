import type { Insertable } from 'kysely';
import type { EngineCore, SystemCallObserver, SystemCallProgress, SystemCallStep } from '../../engine/index.ts';
import type { SystemCallTable } from '../../store/index.ts';
import type { SystemCallDeps } from './system-call-deps.ts';
import { writeSystemCallRecording } from './system-call-recording.ts';

/** What a kind of system call does after a step is persisted (its callbacks). */
export type AfterStep = (step: SystemCallStep, progress: Readonly<SystemCallProgress>) => Promise<void>;

/** The columns a step changes. */
function progressColumns(progress: Readonly<SystemCallProgress>) {
  return {
    callId: progress.callId,
    state: progress.state,
    reasonCode: progress.reasonCode,
    endMs: progress.endMs,
    agentAlertingMs: progress.agentAlertingMs,
    agentTalkingMs: progress.agentTalkingMs,
    agentReleaseMs: progress.agentReleaseMs,
    alertingMs: progress.alertingMs,
    talkingMs: progress.talkingMs,
    releaseMs: progress.releaseMs,
    recordFile: progress.recording?.fileName ?? null,
  };
}

/**
 * Runs one system call: the row is written first (state 0, "to be called"), then the engine makes
 * the call (prefetch, then a synchronous start), and every step it reports is persisted in order,
 * followed by the kind's callbacks. Steps happen inside engine runs, so their writes are queued
 * behind each other and tracked as background work (settle() and shutdown wait for them).
 */
export async function runSystemCall(deps: SystemCallDeps, row: Insertable<SystemCallTable>, start: (engine: EngineCore, observe: SystemCallObserver) => SystemCallProgress, afterStep: AfterStep): Promise<SystemCallProgress> {
  await deps.repos.systemCalls.insert(row);
  const engine = await deps.cti.registry.get(row.vdnId);
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (step: SystemCallStep | 'started', snapshot: SystemCallProgress) => {
    queue = queue.then(async () => {
      try {
        await deps.repos.systemCalls.update(row.vdnId, row.callSerialNo, progressColumns(snapshot));
        if (step === 'released' && snapshot.recording) await writeSystemCallRecording(deps.files, deps.seed ?? 0, snapshot.recording);
        if (step !== 'started') await afterStep(step, snapshot);
      } catch (error) {
        deps.log.error({ err: error, callSerialNo: row.callSerialNo, step }, 'recording a system call step failed');
      }
    });
    void deps.background.track(queue);
  };
  const copy = (p: Readonly<SystemCallProgress>): SystemCallProgress => ({ ...p, recording: p.recording ? { ...p.recording } : null });
  let started: SystemCallProgress | undefined;
  const pending: Array<[SystemCallStep, SystemCallProgress]> = [];
  const progress = engine.run(() =>
    start(engine, (step, p) => {
      // Steps of the first run come before `started` is known: they are written after it.
      if (started) enqueue(step, copy(p));
      else pending.push([step, copy(p)]);
    }),
  );
  started = copy(progress);
  enqueue('started', { ...started, state: 1, reasonCode: null, endMs: null, agentAlertingMs: null, alertingMs: null, agentTalkingMs: null, talkingMs: null, releaseMs: null, agentReleaseMs: null, recording: null });
  for (const [step, snapshot] of pending) enqueue(step, snapshot);
  return started;
}
