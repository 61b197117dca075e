import type { EngineCore } from '../core/index.ts';
import { finishAttempt, noteAnswered } from './dial-attempt.ts';
import { dialerState } from './dialer-state.ts';

/**
 * What the dialer does when the layers below hand over (engine-core.ts `Reactions`): an agent that
 * starts talking on a dialer call is the attempt's agent (its recording is the attempt's), and the
 * end of a dialer call finishes the attempt.
 */
export function installDialer(engine: EngineCore): void {
  engine.react({
    agentConnected: (e, agent, call, leg) => {
      const attempt = dialerState(e).byCall.get(call.callId);
      if (!attempt || attempt.workNo !== null) return;
      attempt.phase = 'connected';
      attempt.workNo = agent.workNo;
      noteAnswered(e, attempt);
      attempt.recordPath = leg.recording?.fileName ?? null;
    },
    callEnded: (e, call) => {
      const attempt = dialerState(e).byCall.get(call.callId);
      if (attempt) finishAttempt(e, attempt, call);
    },
  });
}
