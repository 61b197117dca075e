import { failCodeOnRestart, type DialTarget, type DialerAttemptFinished, type DialerAttemptRecord } from '../domain/outbound/dialing/index.ts';
import { feedDialer, type EngineCore, type EngineOutput } from '../engine/index.ts';

/** Per campaign: what the in-memory service holds and what came back. */
export interface MemoryCampaign {
  /** Fresh records in list order; those before `next` were handed to the engine. */
  pending: DialTarget[];
  next: number;
  /** Records to dial again, by time (retries, and records a restart brought back). */
  retries: DialTarget[];
  /** The list's size (fresh records fed in), for penetration. */
  listSize: number;
  started: number;
  finished: DialerAttemptFinished[];
  /** dataIds with at least one attempt, and those that are done. */
  attempted: Set<string>;
  closed: Map<string, 'succeeded' | 'failed'>;
}

/**
 * The outbound service's part for the simulator and tests (dialer contract, dialer-spec.ts): it
 * holds each campaign's list, feeds due records when the engine asks (`dialerNeeds`), and turns
 * every finished attempt into its retry (the next attempt number, not before the retry time) or
 * a closed record — what O1's service does with its tables.
 */
export class MemoryDialerService {
  readonly campaigns = new Map<number, MemoryCampaign>();
  /** Started attempts not finished: a rebuilt engine must not dial them again. */
  readonly open = new Map<string, DialerAttemptRecord>();
  /** Each record as loaded, to build its retries from. */
  private readonly targets = new Map<string, DialTarget>();

  constructor(private engine: EngineCore) {}

  /**
   * After a restart the service talks to the new engine. Attempts that started and never finished
   * are closed with failCode 34607 (decision 0753) and their records come back as the next attempt
   * number: the new engine never dials a started attempt again.
   */
  rebind(engine: EngineCore): void {
    this.engine = engine;
    for (const [key, record] of this.open) {
      this.open.delete(key);
      const campaign = this.campaigns.get(record.campaignId);
      const target = this.targets.get(record.dataId);
      if (!campaign || !target) continue;
      campaign.retries.unshift({ ...target, ...(this.latest.get(record.dataId) ?? {}), attemptNo: record.attemptNo + 1, notBeforeMs: null });
      this.closedOnRestart.push({ ...record, failCode: failCodeOnRestart });
    }
  }

  /** Started attempts a restart closed (what O1's service writes as results with 34607). */
  readonly closedOnRestart: Array<DialerAttemptRecord & { failCode: string }> = [];
  /** The latest history of each record (from its last finished attempt). */
  private readonly latest = new Map<string, Pick<DialTarget, 'history'>>();

  load(campaignId: number, targets: DialTarget[]): void {
    let campaign = this.campaigns.get(campaignId);
    if (!campaign) this.campaigns.set(campaignId, (campaign = { pending: [], next: 0, retries: [], listSize: 0, started: 0, finished: [], attempted: new Set(), closed: new Map() }));
    campaign.pending.push(...targets);
    campaign.listSize += targets.length;
    for (const t of targets) this.targets.set(t.dataId, t);
  }

  needs(campaignId: number, count: number): void {
    const campaign = this.campaigns.get(campaignId);
    if (!campaign) return;
    const now = this.engine.now();
    // Retries come first once due (sorted by time), then fresh records in list order.
    const due: DialTarget[] = [];
    while (due.length < count && campaign.retries.length > 0 && (campaign.retries[0]!.notBeforeMs ?? 0) <= now) due.push(campaign.retries.shift()!);
    const fresh = Math.min(count - due.length, campaign.pending.length - campaign.next);
    for (let i = 0; i < fresh; i++) due.push(campaign.pending[campaign.next + i]!);
    if (due.length === 0) return;
    const retriesTaken = due.length - fresh;
    const fed = feedDialer(this.engine, campaignId, due);
    const accepted = fed.ok ? fed.value.accepted : 0;
    // What the buffer had no room for stays where it was.
    const retriesBack = due.slice(0, retriesTaken).slice(Math.min(accepted, retriesTaken));
    campaign.retries.unshift(...retriesBack);
    campaign.next += Math.max(0, accepted - retriesTaken);
    if (campaign.next > 4096 && campaign.next * 2 > campaign.pending.length) {
      campaign.pending.splice(0, campaign.next);
      campaign.next = 0;
    }
  }

  private retry(campaign: MemoryCampaign, target: DialTarget): void {
    // Binary search for the slot after every retry due at or before this one: retries of a day's
    // list run to thousands, and a short busy interval would otherwise walk past all the long ones.
    const at = target.notBeforeMs ?? 0;
    let lo = 0;
    let hi = campaign.retries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((campaign.retries[mid]!.notBeforeMs ?? 0) > at) hi = mid;
      else lo = mid + 1;
    }
    campaign.retries.splice(lo, 0, target);
  }

  attempt(record: DialerAttemptRecord): void {
    const campaign = this.campaigns.get(record.campaignId);
    if (!campaign) return;
    const key = `${record.dataId}:${record.attemptNo}`;
    if (record.phase === 'started') {
      campaign.started += 1;
      campaign.attempted.add(record.dataId);
      this.open.set(key, record);
      return;
    }
    this.open.delete(key);
    campaign.finished.push(record);
    this.latest.set(record.dataId, { history: record.history });
    if (record.next.kind === 'final') {
      campaign.closed.set(record.dataId, record.next.outcome);
      return;
    }
    const target = this.targets.get(record.dataId);
    if (target) this.retry(campaign, { ...target, attemptNo: record.attemptNo + 1, history: record.history, notBeforeMs: record.next.atMs });
  }


  /** The engine output methods of the dialer contract, bound to this service. */
  outputMethods(): Required<Pick<EngineOutput, 'dialerNeeds' | 'dialerAttempt'>> {
    return {
      dialerNeeds: (_vdnId, campaignId, count) => this.needs(campaignId, count),
      dialerAttempt: (_vdnId, record) => this.attempt(record),
    };
  }
}
