import type { EngineCore } from './core/index.ts';
import { signOut } from './sessions/index.ts';
import { endCall, LeaveReason } from './records/index.ts';
import { leaveQueue } from './routing/index.ts';
import { stopIvr } from './ivr/index.ts';
import { stopSystemCalls } from './system-calls/index.ts';

/** CEC §13.2.3.3: 534 "CTIServer disconnected from an ACD module: all its calls released". */
const platformStopped = 534;

/**
 * Stops a tenant's live contact center cleanly (server shutdown): every call ends with its CDR
 * rows closed, and every agent is signed out with its operation journal closed, so that nothing
 * is left open in the store.
 */
export function stopEngine(engine: EngineCore): void {
  engine.run(() => {
    // Calls made for customer systems (§6.2, §14) end through their own flow, so their state and release callbacks are recorded.
    stopSystemCalls(engine);
    // Agents next: signing out stops their recordings and ends or hands back their calls.
    for (const workNo of [...engine.agents.keys()]) signOut(engine, workNo, 'forced');
    for (const call of [...engine.calls.values()]) {
      if (call.queue) leaveQueue(engine, call, null);
      // A caller talking to a voice bot leaves it, so that the dialog session ends cleanly (decision 1014).
      if (call.ivr?.bot) stopIvr(engine, call);
      endCall(engine, call, platformStopped, LeaveReason.normal);
    }
  });
}


