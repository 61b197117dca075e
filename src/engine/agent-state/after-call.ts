import { afterCallWorkState } from '../../domain/agent/index.ts';
import type { EngineCore, AgentRuntime } from '../core/index.ts';
import { refreshAvailability, serveAgent } from '../routing/index.ts';
import { workOperation } from '../records/index.ts';
import { startRestTimer } from './agent-work.ts';

/**
 * Where an agent goes when its last call leg ends (note 02 §5.4 "Post-call transition"): a rest or
 * busy request made during the call takes effect; otherwise idle or wrap-up as `autoenteridle`
 * says. A call that was never answered leaves the agent as available as before. Wrap-up lasts the
 * skill's maxAgentWrapupTime (5.2.1), after which the agent is idle again.
 */
export function settleAfterCall(engine: EngineCore, agent: AgentRuntime, after: { answered: boolean; skillId: number | null }): void {
  if (agent.legs.size > 0 || engine.agents.get(agent.workNo) !== agent) {
    refreshAvailability(engine, agent);
    return;
  }
  // Mute belongs to a conversation (6.1.2.6): the next call starts unmuted.
  agent.muted = false;
  const next = after.answered ? afterCallWorkState(agent, agent.options.autoEnterIdle) : agent.preRest ? 'rest' : agent.preBusy ? 'busy' : 'idle';
  agent.work = next;
  agent.workSinceMs = engine.now();
  agent.wrapupTimer = engine.cancel(agent.wrapupTimer);
  switch (next) {
    case 'rest':
      agent.restCause = agent.preRestCause;
      agent.restDurationSeconds = agent.preRestSeconds;
      engine.emit(agent.workNo, 'AgentState_SetRest_Success', { reason: String(agent.restCause) });
      startRestTimer(engine, agent);
      agent.statistics.restCount += 1;
      break;
    case 'busy':
      agent.busyReason = agent.preBusyReason;
      engine.emit(agent.workNo, 'AgentState_SetNotReady_Success', { reason: String(agent.busyReason) });
      agent.statistics.busyCount += 1;
      break;
    case 'idle':
      engine.emit(agent.workNo, 'AgentState_Ready');
      break;
    case 'work': {
      engine.emit(agent.workNo, 'AgentState_Work');
      const wrapupSeconds = after.skillId === null ? 0 : (engine.config.skills.get(after.skillId)?.maxAgentWrapupTimeSeconds ?? 0);
      if (wrapupSeconds > 0) armWrapup(engine, agent, engine.now() + wrapupSeconds * 1000);
      break;
    }
  }
  agent.preRest = false;
  agent.preBusy = false;
  workOperation(engine, agent);
  refreshAvailability(engine, agent);
  if (next === 'idle') serveAgent(engine, agent);
}

/** Wrap-up ends by itself at `endsAtMs`; the deadline is kept so that a new owner can re-arm it (decision 1720). */
export function armWrapup(engine: EngineCore, agent: AgentRuntime, endsAtMs: number): void {
  agent.wrapupEndsAtMs = endsAtMs;
  agent.wrapupTimer = engine.after(Math.max(0, endsAtMs - engine.now()), () => wrapupEnded(engine, agent.workNo));
}

function wrapupEnded(engine: EngineCore, workNo: number): void {
  const agent = engine.agents.get(workNo);
  if (!agent || agent.work !== 'work' || agent.legs.size > 0) return;
  agent.wrapupTimer = null;
  agent.wrapupEndsAtMs = null;
  agent.work = 'idle';
  agent.workSinceMs = engine.now();
  engine.emit(workNo, 'AgentState_Ready');
  workOperation(engine, agent);
  refreshAvailability(engine, agent);
  serveAgent(engine, agent);
}

/**
 * The phone goes on-hook when the agent's last call ends, unless the agent works always-off-hook
 * (releasephone=false): AgentOther_PhoneRelease with phoneState 2 (agent) or 3 (platform). A phone
 * that only rang stops ringing the same way.
 */
export function releasePhone(engine: EngineCore, agent: AgentRuntime, phoneState: 2 | 3, wasRinging = false): void {
  if (agent.legs.size > 0 || !agent.options.releasePhone) return;
  if (!agent.phoneOffHook && !wasRinging) return;
  agent.phoneOffHook = false;
  engine.emit(agent.workNo, 'AgentOther_PhoneRelease', { phoneState });
}
