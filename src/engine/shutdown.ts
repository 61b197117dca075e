import type { TenantEngine } from './tenant-engine.ts';
import { signOut } from './agent-session.ts';
import { endCall, LeaveReason } from './cdr-legs.ts';
import { leaveQueue } from './acd.ts';

/** CEC §13.2.3.3: 534 "CTIServer disconnected from an ACD module: all its calls released". */
const platformStopped = 534;

/**
 * Stops a tenant's live contact center cleanly (server shutdown): every call ends with its CDR
 * rows closed, and every agent is signed out with its operation journal closed, so that nothing
 * is left open in the store.
 */
export function stopEngine(engine: TenantEngine): void {
  engine.run(() => {
    // Agents first: signing out stops their recordings and ends or hands back their calls.
    for (const workNo of [...engine.agents.keys()]) signOut(engine, workNo, 'forced');
    for (const call of [...engine.calls.values()]) {
      if (call.queue) leaveQueue(engine, call, null);
      endCall(engine, call, platformStopped, LeaveReason.normal);
    }
  });
}


