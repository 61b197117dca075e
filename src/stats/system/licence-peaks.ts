import type { AgentRuntime, Call, CdrLeg } from '../../engine/index.ts';

/** The usage counts of Table 12-682 whose historic peaks 12.3.6.8 reports (historyMax*). */
export const peakFields = ['agents', 'videoAgents', 'ivrCalls', 'voiceCalls', 'webCalls'] as const;
export type PeakField = (typeof peakFields)[number];
export type Usage = Record<PeakField, number>;

/** The scope of the whole system (every tenant's usage added up). */
export const systemScope = 0;

/** Media types (13.2.3.8): 5 voice, 53 multimedia (web); agent type 11 video; device type 3 IVR. */
const voiceMedia = 5;
const webMedia = 53;
const videoAgentType = 11;
const ivrDevice = 3;

export const zeroUsage = (): Usage => ({ agents: 0, videoAgents: 0, ivrCalls: 0, voiceCalls: 0, webCalls: 0 });

export interface RaisedPeak {
  vdnId: number;
  field: PeakField;
  value: number;
  atMs: number;
}

/**
 * Historic peaks of the licence usage (§12.3.6.8, decision 0842), per tenant and for the whole
 * system (the peak of the sum, not the sum of peaks), followed from what the engine produces in
 * O(1) per event: sessions, calls as their first CDR row opens and as they end, IVR rows. Peaks
 * raised since the last `takeRaised` are handed over to be stored with the CTI records.
 */
export class LicencePeaks {
  private readonly usage = new Map<number, Usage>();
  private readonly peaks = new Map<number, Usage>();
  private readonly raised = new Map<string, RaisedPeak>();
  private readonly agents = new Map<string, boolean>();
  private readonly calls = new Map<string, { media: number; ivrLegs: number }>();

  constructor(private readonly now: () => number) {}

  sessionOpened(vdnId: number, runtime: AgentRuntime): void {
    const key = `${vdnId}:${runtime.workNo}`;
    if (this.agents.has(key)) return;
    const video = runtime.config.agentType === videoAgentType;
    this.agents.set(key, video);
    this.change(vdnId, 'agents', 1);
    if (video) this.change(vdnId, 'videoAgents', 1);
  }

  sessionClosed(vdnId: number, workNo: number): void {
    const key = `${vdnId}:${workNo}`;
    const video = this.agents.get(key);
    if (video === undefined) return;
    this.agents.delete(key);
    this.change(vdnId, 'agents', -1);
    if (video) this.change(vdnId, 'videoAgents', -1);
  }

  cdr(call: Call, leg: CdrLeg, phase: 'open' | 'close'): void {
    const key = `${call.vdnId}:${call.callId}`;
    let seen = this.calls.get(key);
    if (!seen) {
      if (phase !== 'open') return;
      seen = { media: call.mediaType, ivrLegs: 0 };
      this.calls.set(key, seen);
      this.mediaChange(call.vdnId, seen.media, 1);
    }
    if (leg.deviceType !== ivrDevice) return;
    const before = seen.ivrLegs > 0;
    seen.ivrLegs += phase === 'open' ? 1 : -1;
    if (before !== seen.ivrLegs > 0) this.change(call.vdnId, 'ivrCalls', before ? -1 : 1);
  }

  callEnded(vdnId: number, callId: string): void {
    const key = `${vdnId}:${callId}`;
    const seen = this.calls.get(key);
    if (!seen) return;
    this.calls.delete(key);
    this.mediaChange(vdnId, seen.media, -1);
    if (seen.ivrLegs > 0) this.change(vdnId, 'ivrCalls', -1);
  }

  /** The peaks seen since the process started (the store holds the older ones). */
  peak(vdnId: number): Usage {
    return { ...(this.peaks.get(vdnId) ?? zeroUsage()) };
  }

  /** Every scope's peaks since the process started (what a cluster node publishes, decision 1732). */
  everyPeak(): { scope: number; usage: Usage }[] {
    return [...this.peaks].map(([scope, usage]) => ({ scope, usage: { ...usage } }));
  }

  /**
   * Raises the scope's peaks to a usage counted elsewhere: in cluster mode the whole system's
   * usage is the sum over the nodes, which no node's own events see (decision 1732).
   */
  raiseTo(scope: number, usage: Usage): void {
    const peak = this.peaks.get(scope) ?? zeroUsage();
    for (const field of peakFields) {
      if (usage[field] <= peak[field]) continue;
      peak[field] = usage[field];
      this.raised.set(`${scope}:${field}`, { vdnId: scope, field, value: usage[field], atMs: this.now() });
    }
    this.peaks.set(scope, peak);
  }

  /** The peaks raised since the last call, highest value per scope and field. */
  takeRaised(): RaisedPeak[] {
    const out = [...this.raised.values()];
    this.raised.clear();
    return out;
  }

  private mediaChange(vdnId: number, media: number, delta: 1 | -1): void {
    if (media === voiceMedia) this.change(vdnId, 'voiceCalls', delta);
    else if (media === webMedia) this.change(vdnId, 'webCalls', delta);
  }

  private change(vdnId: number, field: PeakField, delta: 1 | -1): void {
    for (const scope of [vdnId, systemScope]) {
      const usage = this.usage.get(scope) ?? zeroUsage();
      usage[field] += delta;
      this.usage.set(scope, usage);
      const peak = this.peaks.get(scope) ?? zeroUsage();
      if (usage[field] <= peak[field]) continue;
      peak[field] = usage[field];
      this.peaks.set(scope, peak);
      this.raised.set(`${scope}:${field}`, { vdnId: scope, field, value: usage[field], atMs: this.now() });
    }
  }
}
