import type { EngineCore } from '../core/index.ts';
import { fail, ok, type Result } from '../core/index.ts';
import { phoneRefusal } from './phone-use.ts';

/**
 * How long a softphone token of 6.1.1.26 stays usable (decision 0505): long enough for the client
 * to register its softphone right after asking, short enough that a leaked token soon dies.
 */
export const phoneTokenTtlMs = 5 * 60_000;

/**
 * CEC §6.1.1.26 logininfo (ref L9229): "a temporary token needs to be obtained as the password
 * for softphone number registration". The session keeps only the token's hash (the caller hashes
 * it: the engine never sees the credential) and its expiry; a new token replaces the previous one,
 * and the session's end takes it away. Returns the softphone number the token registers.
 */
export function issuePhoneToken(engine: EngineCore, workNo: number, tokenHash: string): Result<{ phonenum: string; expiresAtMs: number }> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  // loginex (6.1.1.23) signs in without a phone number: the agent's configured SIP number is the
  // softphone it would register.
  const phonenum = agent.options.phonenum || agent.config.sipAccount;
  // The token registers a phone: never one of another tenant, nor one another agent holds
  // (decision 0507), even if the configuration changed since sign-in.
  const refusal = phoneRefusal(engine, workNo, phonenum);
  if (!refusal.ok) return refusal;
  const expiresAtMs = engine.now() + phoneTokenTtlMs;
  agent.phoneToken = { hash: tokenHash, expiresAtMs };
  return ok({ phonenum, expiresAtMs });
}

/** Whether `tokenHash` is the live softphone token of the signed-in agent (for the SIP registrar). */
export function phoneTokenValid(engine: EngineCore, workNo: number, tokenHash: string): boolean {
  const token = engine.agents.get(workNo)?.phoneToken;
  return Boolean(token && token.hash === tokenHash && engine.now() < token.expiresAtMs);
}
