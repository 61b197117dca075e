import type { EngineCore } from '../core/index.ts';
import { connectAgent } from '../calls/index.ts';
import { colleagueAnswered, internalCallFailed } from './internal-call.ts';
import { consultFailed, helperAnswered, threePartyHelpAnswered } from './consult.ts';
import { ivrHandsBack } from './ivr-hand-back.ts';

/**
 * What call control does when the lower folders hand over (engine-core.ts `Reactions`): the
 * answer or loss of an offer made for callinner (6.1.2.4) or innerhelp (6.1.2.5) continues the
 * request, and an IVR flow an agent handed a call to returns it (6.1.2.11 hang-up transfer).
 */
export function installCallControl(engine: EngineCore): void {
  engine.react({
    ivrHandsBack,
    origins: {
      internal: {
        answered(e, agent, call, leg) {
          connectAgent(e, agent, call, leg);
          if (leg.origin) colleagueAnswered(e, call, leg.origin.byWorkNo);
        },
        lost: internalCallFailed,
      },
      consult: {
        answered(e, agent, call, leg) {
          // Three-party help joins the customer's call at once; two-party help connects the pair.
          if (leg.origin?.mode === 2) return threePartyHelpAnswered(e, agent, call, leg);
          connectAgent(e, agent, call, leg);
          if (leg.origin) helperAnswered(e, call, leg.origin.byWorkNo);
        },
        lost: consultFailed,
      },
    },
  });
}
