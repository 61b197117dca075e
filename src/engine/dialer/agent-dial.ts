import { failCodes, type DialHistory, type DialTarget } from '../../domain/outbound/dialing/index.ts';
import type { AgentRuntime, Call, EngineCore, Result } from '../core/index.ts';
import { callout, releaseByAgent } from '../calls/index.ts';
import { beginAttempt } from './dial-attempt.ts';
import type { AttemptRun, CampaignRun } from './dialer-state.ts';
import { Feature } from './network-dial.ts';

/**
 * A call that starts at the agent (preempted: the platform occupies an idle agent, then dials,
 * ICD_SP_OUTBOUND_PRE_OCCUPY, ref L64721; preview: the agent dials the offered record): it runs as
 * the agent's own outbound call (6.1.2.1 sequence E) with the campaign's call type and call data,
 * so the agent's events, CDR rows and recording are those of any callout. The attempt's ringing
 * and answer times are the agent row's.
 */
export function dialFromAgent(engine: EngineCore, run: CampaignRun, agent: AgentRuntime, target: DialTarget, history: DialHistory, caller: string, feature: number): Result<AttemptRun> {
  const called = target.numbers[history.numberIndex]!.calledNo;
  const placed = callout(engine, { workNo: agent.workNo, called, caller, skillId: run.spec.skillId ?? undefined, callData: target.callData, feature });
  if (!placed.ok) return placed;
  return { ok: true, value: attach(engine, run, agent, placed.value, target, history) };
}

/** Binds a call the agent placed to the attempt it makes (started record; ring limit). */
export function attach(engine: EngineCore, run: CampaignRun, agent: AgentRuntime, call: Call, target: DialTarget, history: DialHistory): AttemptRun {
  const talkMs = engine.telephony.calledPartyTalkMs?.(call.called) ?? null;
  if (talkMs !== null) call.behaviour.talkMs = talkMs;
  const attempt = beginAttempt(engine, run, target, history, call);
  attempt.cdr = agent.legs.get(call.callId)?.cdr ?? null;
  const timer = engine.after(run.spec.maxAlertingTime * 1000 + engine.telephony.agentPhoneAnswerDelayMs(agent.workNo, agent.options.phonenum), () => {
    if (call.ended || attempt.phase !== 'dialling') return;
    attempt.failCode = failCodes.ringTimeout;
    releaseByAgent(engine, agent.workNo, call.callId);
  });
  if (timer !== null) call.customerTimers.push(timer);
  return attempt;
}

export { Feature };
