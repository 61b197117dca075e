import type { DialerAttemptRecord, DialerCampaignEnd, DialerCampaignSpec, DialTarget } from '../../../domain/outbound/dialing/index.ts';

/** Whether the engine took a command; `reason` says why not (logged, never shown to a client). */
export type DialerCommandOutcome = { ok: true } | { ok: false; reason: string };

/**
 * The engine's dialer as the campaign service drives it (the contract of
 * `src/domain/outbound/dialing/dialer-spec.ts`): start, update, pause, resume and stop a campaign
 * and feed it targets. The adapter over the engine resolves the tenant's engine and calls the
 * synchronous engine commands; tests use a fake that records the commands.
 */
export interface CampaignDialer {
  start(vdnId: number, spec: DialerCampaignSpec): Promise<DialerCommandOutcome>;
  update(vdnId: number, spec: DialerCampaignSpec): Promise<DialerCommandOutcome>;
  pause(vdnId: number, campaignId: number): Promise<DialerCommandOutcome>;
  resume(vdnId: number, campaignId: number): Promise<DialerCommandOutcome>;
  stop(vdnId: number, campaignId: number): Promise<DialerCommandOutcome>;
  /** Hands targets to the campaign's buffer; returns how many it accepted. */
  feed(vdnId: number, campaignId: number, targets: readonly DialTarget[]): Promise<number>;
  /** Throws the forwarding signal when the VDN's engine runs on another node (cluster mode); absent: always here. */
  servedHere?(vdnId: number): Promise<void>;
}

/** What the engine reports back through EngineOutput (dialerNeeds, dialerAttempt, dialerCampaignEnded). */
export interface DialerReports {
  needs(vdnId: number, campaignId: number, count: number): void;
  attempt(vdnId: number, record: DialerAttemptRecord): void;
  ended(vdnId: number, campaignId: number, why: DialerCampaignEnd): void;
}

/** A dialer that dials nothing: campaigns keep their states and records wait (no engine dialer wired). */
export const idleCampaignDialer: CampaignDialer = {
  start: async () => ({ ok: true }),
  update: async () => ({ ok: true }),
  pause: async () => ({ ok: true }),
  resume: async () => ({ ok: true }),
  stop: async () => ({ ok: true }),
  feed: async () => 0,
};
