import type { EngineCore } from '../core/index.ts';
import { conferenceLegEnds } from './conference-end.ts';
import { invitationAnswered, invitationLost } from './conference-invite.ts';

/**
 * What the conference does when the lower folders hand over (engine-core.ts `Reactions`): an
 * agent's leg on a conference call ends through release or sign-out, and an invitation leg is
 * answered (the phone or the answer interface) or taken away.
 */
export function installConference(engine: EngineCore): void {
  engine.react({
    conferenceLegEnds,
    origins: {
      conference: {
        answered: invitationAnswered,
        lost: (e, call) => invitationLost(e, call),
      },
    },
  });
}
