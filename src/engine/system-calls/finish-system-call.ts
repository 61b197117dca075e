import type { Call, EngineCore } from '../core/index.ts';
import { endCall } from '../records/index.ts';
import type { SystemCallObserver, SystemCallProgress } from './system-call-progress.ts';
import { systemCallsOf } from './system-call-registry.ts';

/**
 * Records that a system call has ended: state 3 with its reason and release times (a party that
 * rang or answered releases now), the call leaves the registry and the observer hears `released`.
 */
export function markReleased(engine: EngineCore, progress: SystemCallProgress, observe: SystemCallObserver, reasonCode: number): void {
  if (progress.state === 3) return;
  const now = engine.now();
  progress.state = 3;
  progress.reasonCode = reasonCode;
  progress.endMs = now;
  if (progress.agentAlertingMs !== null) progress.agentReleaseMs = now;
  if (progress.alertingMs !== null || progress.talkingMs !== null) progress.releaseMs = now;
  if (progress.recording) progress.recording.endMs = now;
  systemCallsOf(engine).delete(progress.callSerialNo);
  observe('released', progress);
}

/** Ends a system call once: the engine call ends with its CDR rows closed, then it is marked released. */
export function finishSystemCall(engine: EngineCore, call: Call, progress: SystemCallProgress, observe: SystemCallObserver, why: { reasonCode: number; releaseCause: number; leaveReason: number }): void {
  if (call.ended) return;
  endCall(engine, call, why.releaseCause, why.leaveReason);
  markReleased(engine, progress, observe, why.reasonCode);
}
