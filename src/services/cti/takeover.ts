import type { ApiServices } from '../../api/services.ts';
import type { TakeoverResult } from './recover-vdn.ts';

export { recoverVdn, type TakeoverOptions, type TakeoverResult } from './recover-vdn.ts';
export { TakeoverGate } from './takeover-gate.ts';

/**
 * Makes this node's new engine for `vdnId` carry on from the store after another owner stopped
 * (decision 1720). The engine is created here, and serves no request before this is done: the
 * previous owner's live calls end with their CDR legs closed (exactly once: a closed call has no
 * open row left), then each signed-in agent either carries on in the new engine with its GUID,
 * skills, phone and state and gets Agent_Recover (§6.5.1.11) on its next poll or push
 * (`resumeSessions`), or is signed out in the journal as after a crash. When the engine already
 * runs on this node, this node holds the VDN's live state already and nothing is done.
 */
export async function takeOverVdn(services: ApiServices, vdnId: number, options: { resumeSessions: boolean }): Promise<TakeoverResult> {
  const done: Promise<TakeoverResult> = services.takeovers.expect(vdnId, options);
  try {
    await services.cti.registry.get(vdnId);
  } catch (error) {
    services.takeovers.withdraw(vdnId);
    void done.catch(() => undefined);
    throw error;
  }
  services.takeovers.withdraw(vdnId);
  return done;
}
