import type { Clock } from '../../domain/time/index.ts';

/** The thresholds of the CC-FS address lock (decision 1314). */
export interface AddressLockoutLimits {
  /** Failed authentications from one address within `windowMs` that lock it. */
  failuresMax: number;
  windowMs: number;
  /** How long a locked address stays locked. */
  lockMs: number;
  /** Addresses remembered at once; the oldest is forgotten first (memory stays bounded). */
  addressesMax: number;
}

/**
 * The address lock's port (decision 1314): the memory adapter below for a single node, a shared
 * one in cluster mode (src/cluster/lockout, decision 1732) so that a client spreading its attempts
 * over the nodes behind a load balancer is counted once.
 */
export interface AddressLock {
  locked(address: string): Promise<boolean>;
  /** Records a failed authentication; true when it locked the address. */
  failed(address: string): Promise<boolean>;
}

interface AddressState {
  failuresAtMs: number[];
  lockedUntilMs: number;
}

/**
 * CEC §13.2.3.2 (ref L69040): HTTP 403 "The IP address is locked. The number of times that the
 * authentication string carried in the request is incorrect exceeds the maximum number of allowed
 * errors in a period." Failures are counted per client address in a sliding window on the Clock;
 * reaching the maximum locks the address, and while locked every request from it is refused
 * before its signature is checked. State is in memory: a restart forgets it.
 */
export class AddressLockout implements AddressLock {
  private readonly addresses = new Map<string, AddressState>();

  constructor(
    private readonly clock: Clock,
    private readonly limits: AddressLockoutLimits,
  ) {}

  async locked(address: string): Promise<boolean> {
    const state = this.addresses.get(address);
    return state !== undefined && state.lockedUntilMs > this.clock.now();
  }

  async failed(address: string): Promise<boolean> {
    const now = this.clock.now();
    let state = this.addresses.get(address);
    if (state) this.addresses.delete(address);
    state ??= { failuresAtMs: [], lockedUntilMs: 0 };
    // Re-inserted last, so the map's order is least recently failed first.
    this.addresses.set(address, state);
    state.failuresAtMs = state.failuresAtMs.filter((at) => at > now - this.limits.windowMs);
    state.failuresAtMs.push(now);
    if (this.addresses.size > this.limits.addressesMax) this.addresses.delete(this.addresses.keys().next().value!);
    if (state.failuresAtMs.length < this.limits.failuresMax) return false;
    state.failuresAtMs = [];
    state.lockedUntilMs = now + this.limits.lockMs;
    return true;
  }
}
