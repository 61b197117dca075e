import type { EngineCore } from '../core/index.ts';
import { fail, ok, type AgentRuntime, type Result } from '../core/index.ts';
import { isAvailable, refreshAvailability, serveAgent } from '../routing/index.ts';

/**
 * The per-session switches of §6.1.1 that change no work state and emit no event ("Triggered
 * Event: None" in 6.1.1.7, 6.1.1.17, 6.1.1.22, 6.1.1.27–29): how calls are answered, where the
 * agent goes after a call, whether inbound calls reach it, and its business-defined status.
 */

/** The custom status "none set", as 6.1.1.28's example reports it (ref L9451; note 02 §8.5 item 26). */
export const customStateNone = 65535;

/** The highest custom status an agent may set (Table 6-98, ref L9322: 0 to 65534). */
export const customStateMax = 65534;

function signedIn(engine: EngineCore, workNo: number): AgentRuntime | undefined {
  return engine.agents.get(workNo);
}

/**
 * CEC §6.1.1.7 autoanswer: the next offered call is answered by the platform (AgentEvent_Auto_Answer)
 * or rings for the answer interface (AgentEvent_Ringing). A call already ringing keeps its mode.
 */
export function setAutoAnswer(engine: EngineCore, workNo: number, autoAnswer: boolean): Result<null> {
  const agent = signedIn(engine, workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  agent.options.autoAnswer = autoAnswer;
  engine.output.fact('autoAnswer', { workNo, autoAnswer });
  return ok(null);
}

/**
 * CEC §6.1.1.17 autoenteridle: after its next call the agent becomes idle (true) or enters wrap-up.
 * The flag is honoured in both phone modes (note 02 §8.5 item 16, decision 0501).
 */
export function setAutoEnterIdle(engine: EngineCore, workNo: number, autoEnterIdle: boolean): Result<null> {
  const agent = signedIn(engine, workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  agent.options.autoEnterIdle = autoEnterIdle;
  engine.output.fact('autoEnterIdle', { workNo, autoEnterIdle });
  return ok(null);
}

/**
 * CEC §6.1.1.22 settalkright: without the talk right the agent is left out of routing (its calls
 * in progress are not touched); given back, an idle agent is offered the best waiting call at once.
 */
export function setTalkRight(engine: EngineCore, workNo: number, talkRight: boolean): Result<null> {
  const agent = signedIn(engine, workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  agent.talkRight = talkRight;
  engine.output.fact('talkRight', { workNo, talkRight });
  refreshAvailability(engine, agent);
  if (isAvailable(agent)) serveAgent(engine, agent);
  return ok(null);
}

/** CEC §6.1.1.27 setcustomstate: a status 0–65534 whose meaning "is defined by the business side". */
export function setCustomState(engine: EngineCore, workNo: number, customState: number): Result<null> {
  const agent = signedIn(engine, workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  if (!Number.isInteger(customState) || customState < 0 || customState > customStateMax) return fail('InvalidParameter', `customstate must be 0 to ${customStateMax}`);
  agent.customState = customState;
  return ok(null);
}

/** CEC §6.1.1.29 cancelsetcustomstate: needs a custom status to cancel (prerequisite, else 100-009). */
export function cancelCustomState(engine: EngineCore, workNo: number): Result<null> {
  const agent = signedIn(engine, workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  if (agent.customState === null) return fail('StateIncorrect', 'the agent has not customized its status');
  agent.customState = null;
  return ok(null);
}

/** CEC §6.1.1.28 querycustomstate: the status set, or 65535 when none is. */
export function customStateOf(agent: AgentRuntime): number {
  return agent.customState ?? customStateNone;
}
