import type { Switch } from '../../telephony/switch.port.ts';
import type { EngineCore } from '../core/index.ts';
import { fail, ok, type AgentRuntime, type Result } from '../core/index.ts';
import { internalSessionOptions, signIn, signOut } from './agent-session.ts';
import { phoneRefusal } from './phone-use.ts';

/** The network's mobile-agent capability (Switch.bindAgentNumber), if it has one (decision 0506). */
type MobileAnsweringNetwork = Required<Pick<Switch, 'bindAgentNumber' | 'unbindAgentNumber'>>;

function mobileNetwork(telephony: Switch): MobileAnsweringNetwork | undefined {
  const { bindAgentNumber, unbindAgentNumber } = telephony;
  return bindAgentNumber && unbindAgentNumber
    ? { bindAgentNumber: bindAgentNumber.bind(telephony), unbindAgentNumber: unbindAgentNumber.bind(telephony) }
    : undefined;
}

export interface MobileSignInRequest {
  workNo: number;
  /** The "real and available" number the agent answers on (6.1.2.26 Table 6-191, ref L11845). */
  phone: string;
  /** The address the request came from, kept like a sign-in's `ip`. */
  ip: string;
}

/** Whether the agent is signed in as a mobile agent (6.1.2.28 isOfflineAgent). */
export function isMobileAgent(engine: EngineCore, workNo: number): boolean {
  return engine.agents.get(workNo)?.options.mobile === true;
}

/**
 * CEC §6.1.2.26 offline/agent/login ("Shift Mobile", ref L11818–11920): the agent answers its
 * calls on a bound phone instead of the workbench. It is signed in idle, into its configured
 * skills, with no desktop: no event queue or liveness check (eventMode 'internal'), auto-answer
 * (the network picks up when the phone does) and back to idle after each call. A desktop session
 * is taken over, as the reply's `forceLogin: true` says, but not during a call; binding again
 * moves the agent to the new number. The network is asked first whether it reaches the number.
 */
export function signInMobile(engine: EngineCore, request: MobileSignInRequest): Result<AgentRuntime> {
  const { workNo, phone } = request;
  const account = engine.config.agents.get(workNo);
  if (!account) return fail('NotFound', `agent ${workNo} does not exist`);
  // An agent that must change its password gets no calls (isAvailable), so it could not answer any.
  if (account.isForceChange) return fail('ForceChangePassword', 'the agent must change its password before answering calls');
  const existing = engine.agents.get(workNo);
  if (existing && existing.legs.size > 0) return fail('StateIncorrect', 'the agent is in a call');
  // Before the network is asked to bind: a refused number must leave no binding behind.
  const refusal = phoneRefusal(engine, workNo, phone);
  if (!refusal.ok) return refusal;
  const network = mobileNetwork(engine.telephony);
  if (!network) return fail('PhoneInvalid', 'the telephone network cannot route calls to an external number');
  const unreachable = network.bindAgentNumber(workNo, phone);
  if (unreachable) return fail('PhoneInvalid', `the number ${phone} cannot be reached: ${unreachable.desc}`);

  const result = signIn(engine, {
    workNo,
    // The tenant's credential authorised the request (C1); the agent's own password is not asked.
    password: account.ctiPassword,
    mode: existing ? 'forcelogin' : 'login',
    status: 4,
    options: internalSessionOptions({ phonenum: phone, agentType: account.agentType === 11 ? 11 : 4, ip: request.ip, mobile: true }),
  });
  if (!result.ok) {
    const previous = existing?.options.mobile ? existing.options.phonenum : null;
    if (previous !== null) network.bindAgentNumber(workNo, previous);
    else network.unbindAgentNumber(workNo);
    return result;
  }
  engine.output.fact('mobileSignedIn', { workNo });
  return ok(result.value);
}

/**
 * CEC §6.1.2.27 offline/agent/logout (ref L11921–11997): signs the mobile agent out and releases
 * its number. Like 6.1.1.18 logout, it is refused during a call; a desktop session is not a
 * mobile one and is left alone.
 */
export function signOutMobile(engine: EngineCore, workNo: number): Result<null> {
  if (!engine.config.agents.has(workNo)) return fail('NotFound', `agent ${workNo} does not exist`);
  if (!isMobileAgent(engine, workNo)) return fail('NotSignedIn', `agent ${workNo} does not answer calls on a mobile phone`);
  const result = signOut(engine, workNo, 'logout');
  if (!result.ok) return result;
  mobileNetwork(engine.telephony)?.unbindAgentNumber(workNo);
  return ok(null);
}
