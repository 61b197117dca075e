import type { AgentRuntime, Call, CdrLeg } from '../../engine/index.ts';
import type { UapCounters } from './uap-counters.ts';
import type { ReleaseKind } from './uap-measurements.ts';

/** Call types (Table 6-455): the trunk carries customers' inbound calls (0) and outbound calls (7). */
const inboundCall = 0;
const outboundCall = 7;
/** CDR device types (Table 12-701). */
const device = { agent: 2, ivr: 3 } as const;
/** Release causes of failed dials (13.2.3.3, SimSwitch.dialRules): what the trunk counters tell apart. */
const releaseKinds: Record<number, ReleaseKind> = { 537: 'calledBusy', 538: 'unallocated', 603: 'noAnswer' };
/** Failed dials in which the customer's phone rang (no answer 603, rejected 604): they reached the called side. */
const alertedCauses = new Set([603, 604]);
/** The SIP port softphones register from. */
const sipPort = 5060;

/**
 * What the simulated UAP sees of the engine's calls (decision 0840), from what the engine already
 * produces (facts and CDR rows), in O(1) per event: a customer call seizes a circuit when it is
 * created, an inbound call is connected when it reaches a platform device and answered when an
 * agent takes it; an outbound call is answered when the customer picks up. Softphones register
 * while an agent is signed in with them.
 */
export class UapEngineFeed {
  private readonly phones = new Map<string, string>();

  constructor(private readonly counters: UapCounters) {}

  fact(vdnId: number, kind: string, data: Record<string, unknown>): void {
    if (typeof data.callId !== 'string') return;
    const key = `${vdnId}:${data.callId}`;
    if (kind === 'callCreated') {
      if (data.feature === inboundCall) this.counters.seized(key, 0);
      else if (data.feature === outboundCall) this.counters.seized(key, 1);
    } else if (kind === 'connected') this.counters.answered(key);
    else if (kind === 'callEnded') {
      const cause = Number(data.releaseCause);
      if (alertedCauses.has(cause)) this.counters.connected(key);
      this.counters.released(key, releaseKinds[cause] ?? 'normal');
    }
  }

  cdr(call: Call, leg: CdrLeg, phase: 'open' | 'close'): void {
    const key = `${call.vdnId}:${call.callId}`;
    if (phase === 'open' && call.feature === inboundCall) this.counters.connected(key);
    if (leg.deviceType === device.ivr) this.counters.media(key, 'ivr', phase === 'open' ? 1 : -1);
    else if (leg.deviceType === device.agent) this.counters.media(key, 'agent', phase === 'open' ? 1 : -1);
  }

  sessionOpened(vdnId: number, runtime: AgentRuntime): void {
    // A mobile agent answers on an external number, not on a terminal of the UAP (6.1.2.26).
    const phone = runtime.options.mobile ? '' : runtime.options.phonenum;
    if (!phone) return;
    // A session taken over on another phone (forcelogin) leaves the old one.
    this.sessionClosed(vdnId, runtime.workNo);
    this.phones.set(`${vdnId}:${runtime.workNo}`, phone);
    // The softphone runs on the agent's computer (sign-in `ip`, Table 6-3) on the SIP port.
    this.counters.registration(phone, `${runtime.options.ip}:${sipPort}`);
  }

  sessionClosed(vdnId: number, workNo: number): void {
    const key = `${vdnId}:${workNo}`;
    const phone = this.phones.get(key);
    if (phone === undefined) return;
    this.phones.delete(key);
    this.counters.registration(phone, null);
  }
}
