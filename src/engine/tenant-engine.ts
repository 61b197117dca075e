import { EngineCore, type EngineDeps } from './core/index.ts';
import { installIvr } from './ivr/index.ts';
import { installCalls } from './calls/index.ts';
import { installCallControl } from './call-control/index.ts';
import { installInspection } from './inspection/index.ts';
import { installDialer } from './dialer/index.ts';
import { installMediaPlay } from './media-play/index.ts';
import { installChat } from './chat/index.ts';
import { installConference } from './conference/index.ts';

/**
 * The engine of one tenant, assembled: the state and plumbing of EngineCore with the reactions of
 * the capabilities above it registered (engine-core.ts `Reactions`), so that a lower folder hands
 * over to a higher one without importing it. Construct engines only through this class.
 */
export class TenantEngine extends EngineCore {
  constructor(deps: EngineDeps) {
    super(deps);
    installIvr(this);
    installCalls(this);
    installCallControl(this);
    installInspection(this);
    installDialer(this);
    installMediaPlay(this);
    installChat(this);
    installConference(this);
  }
}
