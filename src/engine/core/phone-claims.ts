import { PhonePlan } from '../../domain/agent/index.ts';
import type { TenantConfig } from './tenant-config-types.ts';

/** Who holds a phone: the agent of which tenant. */
export interface PhoneClaim {
  readonly vdnId: number;
  readonly workNo: number;
}

/**
 * The phones in use across the whole process (decision 0507): one phone serves one agent at a time,
 * whichever tenant it belongs to. The engine registry keeps one index for all tenants' engines;
 * a phone is claimed at sign-in and released when the session ends, however it ends. It is also
 * the index sign-in looks a phone up in, instead of scanning every signed-in agent (issue 8).
 */
export class PhoneClaims {
  private readonly holders = new Map<string, PhoneClaim>();

  holder(phone: string): PhoneClaim | undefined {
    return this.holders.get(phone);
  }

  claim(phone: string, holder: PhoneClaim): void {
    this.holders.set(phone, holder);
  }

  /** Releases the phone if `holder` still holds it (a takeover may have moved it on already). */
  release(phone: string, holder: PhoneClaim): void {
    const current = this.holders.get(phone);
    if (current && current.vdnId === holder.vdnId && current.workNo === holder.workNo) this.holders.delete(phone);
  }

  get size(): number {
    return this.holders.size;
  }
}

const plans = new WeakMap<TenantConfig, PhonePlan>();

/** The numbers the tenant owns, built once per configuration snapshot. */
export function tenantPhonePlan(config: TenantConfig): PhonePlan {
  let plan = plans.get(config);
  if (!plan) {
    plan = new PhonePlan([...config.agents.values()].map((a) => a.sipAccount), config.phoneRanges);
    plans.set(config, plan);
  }
  return plan;
}
