import type { EngineCore } from '../core/index.ts';

/** A system-initiated call the engine is running, reachable by its call SN. */
export interface LiveSystemCall {
  readonly callSerialNo: string;
  readonly callId: string;
  /** Ends the call now as if the named party hung up (the simulator's hang-up, shutdown). */
  hangUp(by: 'caller' | 'called' | 'system'): void;
}

/** The system calls of each engine; the entry leaves when the call is released. */
const liveByEngine = new WeakMap<EngineCore, Map<string, LiveSystemCall>>();

export function systemCallsOf(engine: EngineCore): Map<string, LiveSystemCall> {
  let calls = liveByEngine.get(engine);
  if (!calls) {
    calls = new Map();
    liveByEngine.set(engine, calls);
  }
  return calls;
}

/** The live system call with this SN, if the engine still runs it. */
export function liveSystemCall(engine: EngineCore, callSerialNo: string): LiveSystemCall | undefined {
  return systemCallsOf(engine).get(callSerialNo);
}

/** Ends a live system call as if `by` hung up; false when the engine no longer runs it. */
export function hangUpSystemCall(engine: EngineCore, callSerialNo: string, by: 'caller' | 'called' | 'system'): boolean {
  const call = liveSystemCall(engine, callSerialNo);
  if (!call) return false;
  call.hangUp(by);
  return true;
}

/**
 * The simulator's hang-up of a call by its CTI call id: when the call is a system call, its called
 * party (the customer, B) hangs up, so that the call ends with its documented reason and callbacks.
 */
export function hangUpSystemCallByCallId(engine: EngineCore, callId: string): boolean {
  for (const call of systemCallsOf(engine).values()) {
    if (call.callId !== callId) continue;
    call.hangUp('called');
    return true;
  }
  return false;
}

/** Ends every system call of the engine as stopped by the platform (server shutdown, decision 0430). */
export function stopSystemCalls(engine: EngineCore): void {
  for (const call of [...systemCallsOf(engine).values()]) call.hangUp('system');
}
