import type { Repositories } from '../../store/index.ts';
import { recoveryWrite, type VdnScope } from '../vdn-placement.ts';
import { closeSession } from './dialog-records.ts';
import type { SessionData } from './session-data.ts';

/**
 * Dialog instances the server's own engines drive: voice calls in the IVR (decision 1014) and web
 * chats with the robot (decision 1013). Their calls and chats do not outlive the process.
 */
const engineDriven = ['ivr-', 'webchat-'];

/**
 * On start (decision 1015): an engine-driven dialog instance still active belongs to a call or a
 * chat that an earlier stop cut (whenever it was last touched: clocks differ across starts), so it is closed as the system releasing the call abnormally
 * (10.5.2 release_reason "1"). Instances of outside access parties (10.5 over HTTP) survive, as
 * decision 1006 says. Returns how many were closed. With `scope`, only that VDN's dialogs close,
 * in fenced transactions: a new owner closes those its predecessor's engine drove (decision 1730).
 */
export async function recoverInterruptedDialogs(repos: Repositories, nowMs: number, scope?: VdnScope): Promise<number> {
  let closed = 0;
  const write = recoveryWrite(scope, (work) => work(repos));
  for (const row of await repos.oiapDialog.idleSessions(Number.MAX_SAFE_INTEGER, scope?.vdnId)) {
    if (!engineDriven.some((prefix) => row.callId.startsWith(prefix))) continue;
    await write((r) => closeSession(r, row, JSON.parse(row.state) as SessionData, nowMs, '1', true));
    closed += 1;
  }
  return closed;
}
