import type { TimerId } from '../../domain/time/index.ts';
import { SqmKind, type Scenario } from '../../domain/ccsqm/config-types.ts';
import { scenarioApplies } from '../../domain/ccsqm/inspection.ts';
import { Documents } from './documents.ts';
import { inspectRecording } from './inspected-calls.ts';
import { inspectChatLeg } from './chat-inspection.ts';
import { loadRuleBook } from './rule-book-loader.ts';
import type { SqmDeps } from './sqm-deps.ts';
import type { TranscriptProvider } from './transcript-provider.ts';

/** Work the scheduler runs at each tick besides automatic inspection (plans, reserved tasks). */
export type DueWork = (nowMs: number) => Promise<void>;

export interface SchedulerOptions {
  tickMs: number;
  batch: number;
  track<T>(work: Promise<T>): Promise<T>;
  onError(error: unknown): void;
}

const watermarkId = 'autoInspect';
const chatWatermarkId = 'autoInspectChat';

/**
 * The quality check's durable scheduler (note 07 §8.3 D, §5.B.12): a tick on the clock inspects
 * the recordings finished since the tenant's stored watermark (when the tenant has an enabled
 * voice scenario) and runs the due work whose time is stored in the documents, so nothing is lost
 * or run twice across restarts.
 */
export class SqmScheduler {
  private timer: TimerId | undefined;
  private readonly due: DueWork[] = [];
  private running = false;

  constructor(
    private readonly deps: SqmDeps & { repos: SqmDeps['repos'] },
    private readonly provider: TranscriptProvider,
    private readonly options: SchedulerOptions,
  ) {}

  onTick(work: DueWork): void {
    this.due.push(work);
  }

  start(): void {
    this.arm();
  }

  stop(): void {
    if (this.timer !== undefined) this.deps.clock.cancel(this.timer);
    this.timer = undefined;
    this.running = false;
  }

  private arm(): void {
    this.running = true;
    this.timer = this.deps.clock.schedule(this.deps.clock.now() + this.options.tickMs, () => {
      this.options.track(this.tick().catch((error: unknown) => this.options.onError(error))).finally(() => this.running && this.arm());
    });
  }

  /** One pass: every tenant's finished recordings, then the due work. */
  async tick(): Promise<void> {
    for (const vdn of await this.deps.repos.vdns.list()) await this.autoInspect(vdn.vdnId);
    for (const work of this.due) await work(this.deps.clock.now());
  }

  async autoInspect(vdnId: number): Promise<number> {
    const docs = new Documents(this.deps.repos, vdnId);
    const now = this.deps.clock.now();
    const mark = await docs.find<{ endFromMs: number }>(SqmKind.settings, watermarkId);
    const scenarios = await docs.list<Scenario>(SqmKind.scenario);
    const voice = scenarios.some((s) => scenarioApplies({ ...s.body, other: {} }, { callTime: 0, callType: 0 }));
    let from = mark?.body.endFromMs ?? 0;
    let inspected = 0;
    if (voice) {
      const rows = await this.deps.repos.sqm.finishedRecordingsSince(vdnId, from, this.options.batch);
      // One snapshot of the rules for the batch: the calls of one tick are scored alike.
      const book = rows.length > 0 ? await loadRuleBook(docs) : undefined;
      for (const row of rows.filter((r) => r.mediaType !== 2)) if (await inspectRecording(this.deps, this.provider, row, book)) inspected++;
      // A full batch resumes at its last end time next tick (ties are skipped as already registered).
      from = rows.length === this.options.batch ? Number(rows[rows.length - 1]!.endMs) : now;
    } else {
      from = now;
    }
    await docs.put(SqmKind.settings, { id: watermarkId, body: { endFromMs: from }, nowMs: now });
    return inspected + (await this.autoInspectChats(docs, vdnId, scenarios, now));
  }

  /** Finished web chats (call_type 2) since their own watermark, when a scenario covers text (decision 1230). */
  private async autoInspectChats(docs: Documents, vdnId: number, scenarios: Array<{ body: Scenario }>, now: number): Promise<number> {
    const mark = await docs.find<{ closedFromMs: number }>(SqmKind.settings, chatWatermarkId);
    const text = scenarios.some((s) => scenarioApplies({ ...s.body, other: {} }, { callTime: 0, callType: 2 }));
    let from = mark?.body.closedFromMs ?? 0;
    let inspected = 0;
    if (text) {
      const legs = await this.deps.repos.sqm.finishedChatLegsSince(vdnId, from, this.options.batch);
      const book = legs.length > 0 ? await loadRuleBook(docs) : undefined;
      for (const leg of legs) if (await inspectChatLeg(this.deps, this.provider, leg, book)) inspected++;
      from = legs.length === this.options.batch ? Number(legs[legs.length - 1]!.closedAtMs) : now;
    } else {
      from = now;
    }
    await docs.put(SqmKind.settings, { id: chatWatermarkId, body: { closedFromMs: from }, nowMs: now });
    return inspected;
  }
}
