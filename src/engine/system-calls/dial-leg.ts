import type { DialFailure } from '../../telephony/switch.port.ts';
import type { Call, EngineCore } from '../core/index.ts';

/** What becomes of one party the platform dials on its own (no agent's phone is involved). */
export interface LegOutcomeHandlers {
  alerting(): void;
  answered(): void;
  failed(failure: DialFailure, alerted: boolean): void;
}

/**
 * Dials `number` on the network and schedules what the network says will happen, as the agent's
 * callout does for its customer (outbound-call.ts dialCustomer): ringing, then the answer or the
 * failure. The timers belong to the call, so ending the call cancels whatever has not happened.
 */
export function dialLeg(engine: EngineCore, call: Call, number: string, handlers: LegOutcomeHandlers): void {
  const outcome = engine.telephony.dial(number);
  const track = (timer: ReturnType<EngineCore['after']>) => {
    if (timer !== null) call.customerTimers.push(timer);
  };
  const whileLive = (step: () => void) => () => {
    if (!call.ended) step();
  };
  if (outcome.kind === 'answer') {
    track(engine.after(outcome.alertAfterMs, whileLive(handlers.alerting)));
    track(engine.after(Math.max(outcome.answerAfterMs, outcome.alertAfterMs), whileLive(handlers.answered)));
    return;
  }
  if (outcome.alerted) track(engine.after(0, whileLive(handlers.alerting)));
  track(engine.after(outcome.afterMs, whileLive(() => handlers.failed(outcome.failure, outcome.alerted))));
}

/** Cancels the call's pending network timers (a leg moved on; the next leg's timers follow). */
export function clearLegTimers(engine: EngineCore, call: Call): void {
  for (const timer of call.customerTimers) engine.cancel(timer);
  call.customerTimers = [];
}
