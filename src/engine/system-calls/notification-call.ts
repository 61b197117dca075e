import { createCall } from '../calls/index.ts';
import type { EngineCore } from '../core/index.ts';
import { DeviceType, LeaveReason, openCdr, ReleaseCause } from '../records/index.ts';
import { clearLegTimers, dialLeg } from './dial-leg.ts';
import { finishSystemCall } from './finish-system-call.ts';
import { newProgress, NotificationReason, stoppedReason, type SystemCallObserver, type SystemCallProgress } from './system-call-progress.ts';
import { systemCallsOf } from './system-call-registry.ts';

export interface NotificationCallRequest {
  callSerialNo: string;
  called: string;
  /** The number the called party sees. */
  callerPresent: string;
  /** How long each item of the play list lasts (voice files and synthesised texts), in order. */
  itemDurationsMs: readonly number[];
  /** How many times the whole list is played (1–5, §14.3 playTimes). */
  playTimes: number;
  /** Queue priority 1–9 (smaller first); kept on the call for the records. */
  priority: number;
}

/**
 * CEC §14.2/§14.3 (ref L69528, L69639): a voice notification. The platform dials the called
 * party; once answered it plays the list `playTimes` times, each item for its real duration, and
 * then releases the call itself (§14.4.2 releaseReason 1). A called party that hangs up first ends
 * it with reason 0; one that rejects or never answers gives 4, and one that cannot be reached
 * before ringing 6 (ref L69930).
 */
export function startNotificationCall(engine: EngineCore, request: NotificationCallRequest, observe: SystemCallObserver): SystemCallProgress {
  const call = createCall(engine, {
    feature: 7,
    caller: request.callerPresent,
    called: request.called,
    customerNumber: request.called,
    customerState: 'dialing',
    priority: request.priority,
  });
  const progress = newProgress(request.callSerialNo, call.callId, engine.now());
  const leg = openCdr(engine, call, { type: DeviceType.external, no: 0, deviceIn: request.called }, { waitBeginMs: engine.now() });
  const finish = (reasonCode: number, releaseCause: number, leaveReason: number) => finishSystemCall(engine, call, progress, observe, { reasonCode, releaseCause, leaveReason });
  const playMs = request.itemDurationsMs.reduce((sum, ms) => sum + ms, 0) * request.playTimes;
  dialLeg(engine, call, request.called, {
    alerting: () => {
      progress.alertingMs = engine.now();
      leg.ackBeginMs = progress.alertingMs;
      if (call.customer) call.customer.state = 'alerting';
      observe('alerting', progress);
    },
    answered: () => {
      clearLegTimers(engine, call);
      progress.state = 2;
      progress.talkingMs = engine.now();
      leg.callBeginMs = progress.talkingMs;
      if (call.customer) call.customer.state = 'connected';
      observe('connected', progress);
      call.customerTimers.push(engine.after(Math.max(1, playMs), () => finish(NotificationReason.finishedPlaying, ReleaseCause.normal, LeaveReason.normal))!);
    },
    failed: (failure, alerted) => finish(alerted ? NotificationReason.rejectedOrNoAnswer : NotificationReason.failedBeforeRinging, failure.releaseCause, failure.leaveReason),
  });
  systemCallsOf(engine).set(request.callSerialNo, {
    callSerialNo: request.callSerialNo,
    callId: call.callId,
    hangUp: (by) => {
      const talking = progress.state === 2;
      // CEC §13.2.3.3 release cause 534: the platform released its calls.
      if (by === 'system') finish(stoppedReason(talking), 534, LeaveReason.normal);
      else finish(talking ? NotificationReason.calledReleased : NotificationReason.rejectedOrNoAnswer, talking ? ReleaseCause.normal : ReleaseCause.calledRejected, LeaveReason.userReleased);
    },
  });
  return progress;
}
