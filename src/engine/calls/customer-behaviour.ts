import type { EngineCore, Call } from '../core/index.ts';
import { customerHangsUp } from './call-release.ts';

/**
 * The simulated customer's own clock: it gives up after its patience while nobody has answered,
 * and hangs up after its talk time once an agent answers (driver API `patienceSeconds`, the
 * simulator's handle times).
 */
export function scheduleCustomerPatience(engine: EngineCore, call: Call): void {
  const patienceMs = call.behaviour.patienceMs;
  if (patienceMs === null || call.customerTimers.length > 0) return;
  const timer = engine.after(Math.max(1, patienceMs), () => {
    const live = engine.calls.get(call.callId);
    if (!live || isAnswered(live)) return;
    engine.output.fact('abandoned', { callId: call.callId });
    customerHangsUp(engine, call.callId);
  });
  if (timer !== null) call.customerTimers.push(timer);
}

export function scheduleCustomerTalk(engine: EngineCore, call: Call): void {
  const talkMs = call.behaviour.talkMs;
  // Patience no longer applies once somebody answered.
  for (const timer of call.customerTimers) engine.cancel(timer);
  call.customerTimers = [];
  if (talkMs === null) return;
  const timer = engine.after(Math.max(1, talkMs), () => customerHangsUp(engine, call.callId));
  if (timer !== null) call.customerTimers.push(timer);
}

/** Whether an agent has talked on the call (patience is about waiting for that). */
function isAnswered(call: Call): boolean {
  for (const leg of call.openCdr) if (leg.deviceType === 2 && leg.callBeginMs !== null) return true;
  return false;
}
