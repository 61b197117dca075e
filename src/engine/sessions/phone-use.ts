import type { EngineCore } from '../core/index.ts';
import { fail, ok, tenantPhonePlan, type AgentRuntime, type Result } from '../core/index.ts';

/**
 * Whether the agent may take `phone` (decision 0507). The number must be the tenant's: a softphone
 * of one of its agents or within its configured numbers, else 100-014 "not within the configured
 * range" (ref L21292); a phone of another tenant is never within it, even while that tenant's
 * agent holds it. A phone another agent of the tenant holds is 100-013, as before. An empty number
 * (loginex, CTI only) takes no phone.
 */
export function phoneRefusal(engine: EngineCore, workNo: number, phone: string): Result<null> {
  if (phone === '') return ok(null);
  const holder = engine.phones.holder(phone);
  if (holder && holder.vdnId !== engine.vdnId) return fail('PhoneOutOfRange', `the number ${phone} belongs to another tenant`);
  if (!tenantPhonePlan(engine.config).includes(phone)) return fail('PhoneOutOfRange', `the number ${phone} is not one of the tenant's phone numbers`);
  if (holder && holder.workNo !== workNo) return fail('PhoneInvalid', `the number ${phone} is in use by agent ${holder.workNo}`);
  return ok(null);
}

/** The session's phone is claimed for it in the process-wide index (engine.phones). */
export function claimPhone(engine: EngineCore, agent: AgentRuntime): void {
  if (agent.options.phonenum !== '') engine.phones.claim(agent.options.phonenum, { vdnId: engine.vdnId, workNo: agent.workNo });
}

/** The session ended: its phone is free for the next agent. */
export function freePhone(engine: EngineCore, agent: AgentRuntime): void {
  if (agent.options.phonenum !== '') engine.phones.release(agent.options.phonenum, { vdnId: engine.vdnId, workNo: agent.workNo });
}
