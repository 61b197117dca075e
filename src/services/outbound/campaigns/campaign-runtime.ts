import type { DialerAttemptRecord, DialerCampaignEnd } from '../../../domain/outbound/dialing/index.ts';
import { campaignStatus, campaignTransition } from '../../../domain/outbound/index.ts';
import type { TimerId } from '../../../domain/time/index.ts';
import { takeDueTargets, type NumberBlockedCheck } from '../call-data/dial-targets.ts';
import { recordDialerAttempt, type ResultCodeLookup } from '../results/attempt-recorder.ts';
import { storedCampaign, type StoredCampaign } from './campaign-record.ts';
import { idleCampaignDialer, type CampaignDialer, type DialerReports } from './dialer-port.ts';
import { dialerSpec } from './dialer-spec-builder.ts';
import { vdnTimeZone } from './vdn-time-zone.ts';
import { withCampaignLock, type OutboundDeps } from './outbound-deps.ts';

export interface CampaignRuntimeOptions {
  deps: OutboundDeps;
  /** Tracks work started by timers and engine reports (settle, shutdown). */
  track<T>(work: Promise<T>): Promise<T>;
  onError(error: unknown, context: Record<string, unknown>): void;
  dialer?: CampaignDialer;
  numberBlocked?: NumberBlockedCheck;
  resultCodeFor?: ResultCodeLookup;
  /**
   * Whether this node owns the VDN now (cluster mode, decision 1730): a VDN's campaigns run on its
   * owner only. Absent on a single node, which owns every VDN.
   */
  owns?: (vdnId: number) => boolean;
}

/** Timers are re-armed at most a day ahead: a long campaign is looked at daily rather than trusting one month-long timer. */
const timerHorizonMs = 86_400_000;
/** Targets handed over when a campaign starts, before the engine asks for more. */
export const initialFeedCount = 20;

/**
 * The running side of campaigns: moves them on the Clock (begin time reached → started, end time
 * passed → completed; note 04 §5.1), keeps the engine's dialer in step with each campaign's status,
 * feeds it due records and persists what it reports. Every change to one campaign runs under its
 * lock, so the interfaces, the timers and the dialer's reports never interleave.
 */
export class CampaignRuntime implements DialerReports {
  private dialer: CampaignDialer;
  private readonly timers = new Map<string, TimerId>();
  /** Campaigns the dialer currently has, and whether paused. */
  private readonly inDialer = new Map<string, 'running' | 'paused'>();
  private stopped = false;

  constructor(private readonly options: CampaignRuntimeOptions) {
    this.dialer = options.dialer ?? idleCampaignDialer;
  }

  /** Wires the engine's dialer (composition, or a fake in tests). */
  useDialer(dialer: CampaignDialer): void {
    this.dialer = dialer;
  }

  private get deps(): OutboundDeps {
    return this.options.deps;
  }

  async load(vdnId: number, campaignId: number): Promise<StoredCampaign | undefined> {
    const row = await this.deps.repos.isalesCampaigns.find(vdnId, campaignId);
    return row ? storedCampaign(row, await this.deps.repos.isalesCampaigns.callerNos(vdnId, campaignId)) : undefined;
  }

  /**
   * Brings the clock and the dialer in line with a campaign's stored state: called after every
   * change the interfaces make and when a timer fires. Must run under the campaign's lock.
   */
  async reconcile(vdnId: number, campaignId: number): Promise<void> {
    const key = `${vdnId}:${campaignId}`;
    this.cancelTimer(key);
    // A node that lost the VDN leaves the campaign to the new owner, which reconciles every
    // campaign of the VDN when it takes the lease (decision 1730).
    if (this.options.owns && !this.options.owns(vdnId)) {
      this.inDialer.delete(key);
      return;
    }
    let campaign = await this.load(vdnId, campaignId);
    if (campaign) campaign = await this.applyClock(campaign);
    const now = this.deps.clock.now();
    const want = !campaign || campaign.status === campaignStatus.completed || campaign.status === campaignStatus.waiting ? undefined : campaign.status === campaignStatus.started ? 'running' : 'paused';
    const have = this.inDialer.get(key);
    if (campaign && want === 'running') {
      const spec = dialerSpec(campaign, await this.deps.repos.isalesCampaigns.holidays(vdnId, campaignId), await vdnTimeZone(this.deps.repos, vdnId));
      if (!have) await this.command(key, () => this.dialer.start(vdnId, spec));
      else await this.command(key, async () => (have === 'paused' ? this.dialer.resume(vdnId, campaignId) : { ok: true as const }));
      if (have) await this.command(key, () => this.dialer.update(vdnId, spec));
      this.inDialer.set(key, 'running');
      await this.feedLocked(vdnId, campaignId, initialFeedCount);
    } else if (want === 'paused') {
      if (have === 'running') await this.command(key, () => this.dialer.pause(vdnId, campaignId));
      // A paused campaign is handed to the dialer only once it has run (nothing to pause before).
      if (have) this.inDialer.set(key, 'paused');
    } else if (have) {
      await this.command(key, () => this.dialer.stop(vdnId, campaignId));
      this.inDialer.delete(key);
    }
    if (campaign && campaign.status !== campaignStatus.completed && !this.stopped) {
      const nextEdge = campaign.status === campaignStatus.waiting ? campaign.beginMs : campaign.endMs + 1;
      const retryAt = want === 'running' ? await this.deps.repos.isalesCallData.nextDueAtMs(vdnId, campaignId) : undefined;
      const at = Math.min(nextEdge, retryAt ?? Number.POSITIVE_INFINITY, now + timerHorizonMs);
      this.timers.set(key, this.deps.clock.schedule(Math.max(at, now), () => this.afterTimer(vdnId, campaignId)));
    }
  }

  /** Applies the clock's transitions (begin reached, end passed) and persists them. */
  private async applyClock(campaign: StoredCampaign): Promise<StoredCampaign> {
    const now = this.deps.clock.now();
    let status = campaign.status as 1 | 2 | 3 | 4;
    if (now > campaign.endMs) status = campaignTransition(status, 'endReached') as typeof status;
    else if (now >= campaign.beginMs) status = campaignTransition(status, 'beginReached') as typeof status;
    if (status === campaign.status) return campaign;
    await this.deps.repos.isalesCampaigns.update(campaign.vdnId, campaign.campaignId, { status, updatedAtMs: now });
    if (status === campaignStatus.completed) {
      // Note 04 §5.1: on completion nothing further is dialled; records still pending are closed.
      await this.deps.repos.isalesCallData.moveStates(campaign.vdnId, campaign.campaignId, ['new', 'waiting', 'fed'], { state: 'cancelled', finishedAtMs: now });
    }
    return { ...campaign, status };
  }

  private afterTimer(vdnId: number, campaignId: number): void {
    this.timers.delete(`${vdnId}:${campaignId}`);
    this.background(withCampaignLock(this.deps, vdnId, campaignId, () => this.reconcile(vdnId, campaignId)), { vdnId, campaignId, what: 'timer' });
  }

  private async command(key: string, run: () => Promise<{ ok: true } | { ok: false; reason: string }>): Promise<void> {
    const outcome = await run();
    if (!outcome.ok) this.options.onError(new Error(outcome.reason), { campaign: key, what: 'dialer command refused' });
  }

  private async feedLocked(vdnId: number, campaignId: number, count: number): Promise<void> {
    if (this.inDialer.get(`${vdnId}:${campaignId}`) !== 'running' || count <= 0) return;
    const blocked = this.options.numberBlocked ?? (async () => false);
    const targets = await takeDueTargets(this.deps, vdnId, campaignId, count, blocked);
    if (targets.length === 0) return;
    const accepted = await this.dialer.feed(vdnId, campaignId, targets);
    // Targets the dialer did not take (a full buffer, no engine dialer) wait for the next feed.
    for (const target of targets.slice(Math.max(0, accepted))) await this.deps.repos.isalesCallData.update(target.dataId, { state: 'waiting' });
  }

  needs(vdnId: number, campaignId: number, count: number): void {
    this.background(withCampaignLock(this.deps, vdnId, campaignId, () => this.feedLocked(vdnId, campaignId, count)), { vdnId, campaignId, what: 'feed' });
  }

  attempt(vdnId: number, record: DialerAttemptRecord): void {
    const resultCodeFor = this.options.resultCodeFor ?? (async () => null);
    const work = withCampaignLock(this.deps, vdnId, record.campaignId, async () => {
      await recordDialerAttempt(this.deps, vdnId, record, resultCodeFor);
      // A retry may fall before the campaign's next timer: re-arm it.
      if (record.phase === 'finished' && record.next.kind === 'retry') await this.reconcileTimerOnly(vdnId, record.campaignId, record.next.atMs);
    });
    this.background(work, { vdnId, campaignId: record.campaignId, what: 'attempt' });
  }

  ended(vdnId: number, campaignId: number, why: DialerCampaignEnd): void {
    const key = `${vdnId}:${campaignId}`;
    this.inDialer.delete(key);
    if (why === 'scheduleEnded') this.background(withCampaignLock(this.deps, vdnId, campaignId, () => this.reconcile(vdnId, campaignId)), { vdnId, campaignId, what: 'ended' });
  }

  private async reconcileTimerOnly(vdnId: number, campaignId: number, atMs: number): Promise<void> {
    const key = `${vdnId}:${campaignId}`;
    if (this.stopped || this.inDialer.get(key) !== 'running') return;
    this.cancelTimer(key);
    const campaign = await this.load(vdnId, campaignId);
    if (!campaign) return;
    const now = this.deps.clock.now();
    const at = Math.min(atMs, campaign.endMs + 1, now + timerHorizonMs);
    this.timers.set(key, this.deps.clock.schedule(Math.max(at, now), () => this.afterTimer(vdnId, campaignId)));
  }

  /** Forgets a deleted campaign: the dialer drops it and its timer goes. Must run under the campaign's lock. */
  async forget(vdnId: number, campaignId: number): Promise<void> {
    const key = `${vdnId}:${campaignId}`;
    this.cancelTimer(key);
    if (this.inDialer.has(key)) await this.command(key, () => this.dialer.stop(vdnId, campaignId));
    this.inDialer.delete(key);
  }

  private cancelTimer(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) this.deps.clock.cancel(timer);
    this.timers.delete(key);
  }

  private background(work: Promise<unknown>, context: Record<string, unknown>): void {
    void this.options.track(work.catch((error: unknown) => this.options.onError(error, context)));
  }

  /**
   * Throws the registry's forwarding signal when another node owns the VDN: an interface that
   * changes a campaign asks first, so that its request is served by the owner (decision 1730).
   */
  async claim(vdnId: number): Promise<void> {
    await this.dialer.servedHere?.(vdnId);
  }

  /**
   * This node lost the VDN (cluster mode, decision 1730): its campaigns' timers go and the dialer
   * entries are forgotten without commands, since the VDN's engine was discarded with the lease.
   */
  leaveVdn(vdnId: number): void {
    const prefix = `${vdnId}:`;
    for (const key of [...this.timers.keys()]) if (key.startsWith(prefix)) this.cancelTimer(key);
    for (const key of [...this.inDialer.keys()]) if (key.startsWith(prefix)) this.inDialer.delete(key);
  }

  /** Stops arming timers (shutdown); the dialer's campaigns end with the engines. */
  stop(): void {
    this.stopped = true;
    for (const key of [...this.timers.keys()]) this.cancelTimer(key);
    this.inDialer.clear();
  }

  /** Whether a campaign is with the dialer (tests and diagnostics). */
  dialerState(vdnId: number, campaignId: number): 'running' | 'paused' | undefined {
    return this.inDialer.get(`${vdnId}:${campaignId}`);
  }
}

