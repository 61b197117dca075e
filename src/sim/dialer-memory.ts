import type { DialTarget, DialerAttemptFinished, DialerAttemptRecord } from '../domain/outbound/dialing/index.ts';
import { feedDialer, type EngineCore, type EngineOutput } from '../engine/index.ts';

/** Per campaign: what the in-memory service holds and what came back. */
export interface MemoryCampaign {
  /** Records not handed to the engine yet (fresh, or retries waiting for their time). */
  pending: DialTarget[];
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

  /** After a restart, the service talks to the new engine. */
  rebind(engine: EngineCore): void {
    this.engine = engine;
  }

  load(campaignId: number, targets: DialTarget[]): void {
    let campaign = this.campaigns.get(campaignId);
    if (!campaign) this.campaigns.set(campaignId, (campaign = { pending: [], listSize: 0, started: 0, finished: [], attempted: new Set(), closed: new Map() }));
    campaign.pending.push(...targets);
    campaign.listSize += targets.length;
    for (const t of targets) this.targets.set(t.dataId, t);
  }

  needs(campaignId: number, count: number): void {
    const campaign = this.campaigns.get(campaignId);
    if (!campaign || campaign.pending.length === 0) return;
    const now = this.engine.now();
    const due: DialTarget[] = [];
    const later: DialTarget[] = [];
    for (const t of campaign.pending) ((t.notBeforeMs ?? 0) <= now && due.length < count ? due : later).push(t);
    if (due.length === 0) return;
    campaign.pending = later;
    const fed = feedDialer(this.engine, campaignId, due);
    const accepted = fed.ok ? fed.value.accepted : 0;
    // What the buffer had no room for goes back, in order.
    if (accepted < due.length) campaign.pending.unshift(...due.slice(accepted));
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
    if (record.next.kind === 'final') {
      campaign.closed.set(record.dataId, record.next.outcome);
      return;
    }
    const target = this.targets.get(record.dataId);
    if (target) campaign.pending.push({ ...target, attemptNo: record.attemptNo + 1, history: record.history, notBeforeMs: record.next.atMs });
  }


  /** The engine output methods of the dialer contract, bound to this service. */
  outputMethods(): Required<Pick<EngineOutput, 'dialerNeeds' | 'dialerAttempt'>> {
    return {
      dialerNeeds: (_vdnId, campaignId, count) => this.needs(campaignId, count),
      dialerAttempt: (_vdnId, record) => this.attempt(record),
    };
  }
}
