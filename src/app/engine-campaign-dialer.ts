import type { DialerAttemptRecord, DialerGuards } from '../domain/outbound/dialing/index.ts';
import type { Clock } from '../domain/time/index.ts';
import { feedDialer, pauseDialerCampaign, resumeDialerCampaign, startDialerCampaign, stopDialerCampaign, updateDialerCampaign, type EngineOutput, type EngineRegistry, type Result } from '../engine/index.ts';
import type { CampaignDialer, DialerCommandOutcome, DialerReports } from '../services/outbound/campaigns/dialer-port.ts';
import { dialerListGuards, type DialerListGuards } from '../services/outbound/lists/index.ts';
import type { Repositories } from '../store/index.ts';

export interface EngineCampaignDialerOptions {
  registry: Pick<EngineRegistry, 'get' | 'serveHere'>;
  repos: Repositories;
  clock: Clock;
}

/** A tenant's copy of the lists is taken again on a feed at most this often (the service checks each number before feeding). */
export const guardCopyMaxAgeMs = 60_000;

const outcomeOf = (result: Result<unknown>): DialerCommandOutcome => (result.ok ? { ok: true } : { ok: false, reason: `${result.rejection.tag}: ${result.rejection.detail}` });

/**
 * The campaign service's `CampaignDialer` over the tenant engines: each command resolves the VDN's
 * engine and calls the engine's synchronous dialer command (which runs inside `engine.run`).
 *
 * The engine asks the lists synchronously at dial time (`DialerGuards`); it gets a per-tenant
 * guard whose copy of the blacklist and failCode mapping is taken again at every start and on a
 * feed once it is a minute old, so that a number blacklisted after it was fed is still not
 * dialled (note 04 §5.10) without reading the whole list at every feed.
 */
export class EngineCampaignDialer implements CampaignDialer {
  private readonly guards = new Map<number, DialerListGuards>();
  private readonly copiedAtMs = new Map<number, number>();

  constructor(private readonly options: EngineCampaignDialerOptions) {}

  private async refreshGuards(vdnId: number, force: boolean): Promise<void> {
    const now = this.options.clock.now();
    if (!force && now - (this.copiedAtMs.get(vdnId) ?? Number.NEGATIVE_INFINITY) < guardCopyMaxAgeMs) return;
    this.guards.set(vdnId, await dialerListGuards(this.options.repos, vdnId, now));
    this.copiedAtMs.set(vdnId, now);
  }

  /** The tenant's guard as the engine holds it: it reads whichever copy is current. */
  private liveGuards(vdnId: number): DialerGuards {
    return {
      isBlocked: (number, nowMs) => this.guards.get(vdnId)?.isBlocked(number, nowMs) ?? false,
      resultCodeOf: (failCode) => this.guards.get(vdnId)?.resultCodeOf(failCode) ?? null,
    };
  }

  async start(vdnId: number, spec: Parameters<CampaignDialer['start']>[1]): Promise<DialerCommandOutcome> {
    await this.refreshGuards(vdnId, true);
    const engine = await this.options.registry.get(vdnId);
    return outcomeOf(startDialerCampaign(engine, spec, this.liveGuards(vdnId)));
  }

  async update(vdnId: number, spec: Parameters<CampaignDialer['update']>[1]): Promise<DialerCommandOutcome> {
    return outcomeOf(updateDialerCampaign(await this.options.registry.get(vdnId), spec));
  }

  async pause(vdnId: number, campaignId: number): Promise<DialerCommandOutcome> {
    return outcomeOf(pauseDialerCampaign(await this.options.registry.get(vdnId), campaignId));
  }

  async resume(vdnId: number, campaignId: number): Promise<DialerCommandOutcome> {
    return outcomeOf(resumeDialerCampaign(await this.options.registry.get(vdnId), campaignId));
  }

  async stop(vdnId: number, campaignId: number): Promise<DialerCommandOutcome> {
    return outcomeOf(stopDialerCampaign(await this.options.registry.get(vdnId), campaignId));
  }

  async feed(vdnId: number, campaignId: number, targets: Parameters<CampaignDialer['feed']>[2]): Promise<number> {
    await this.refreshGuards(vdnId, false);
    const fed = feedDialer(await this.options.registry.get(vdnId), campaignId, targets);
    return fed.ok ? fed.value.accepted : 0;
  }

  servedHere(vdnId: number): Promise<void> {
    return this.options.registry.serveHere(vdnId);
  }

  /** A started attempt counts against a restricted number's calls per period until the next copy. */
  noteAttempt(vdnId: number, record: DialerAttemptRecord): void {
    if (record.phase === 'started') this.guards.get(vdnId)?.noteCall(record.called, record.atMs);
  }
}

/**
 * The engine output methods that carry the dialer's reports to the campaign runtime. `reports` is
 * read at each call: the runtime is composed after the engines' output (compose-services.ts).
 */
export function dialerReportOutput(reports: () => DialerReports | undefined, dialer: () => EngineCampaignDialer | undefined): Required<Pick<EngineOutput, 'dialerNeeds' | 'dialerAttempt' | 'dialerCampaignEnded'>> {
  return {
    dialerNeeds: (vdnId, campaignId, count) => reports()?.needs(vdnId, campaignId, count),
    dialerAttempt: (vdnId, record) => {
      dialer()?.noteAttempt(vdnId, record);
      reports()?.attempt(vdnId, record);
    },
    dialerCampaignEnded: (vdnId, campaignId, why) => reports()?.ended(vdnId, campaignId, why),
  };
}
