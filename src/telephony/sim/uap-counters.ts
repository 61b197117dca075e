import { controlBlocksInstalled, emptyCounts, uapOffices, uapPeriodMs, type ControlBlocks, type OfficeCounts, type OfficeNo, type OfficeSample, type ReleaseKind, type TerminalSample } from './uap-measurements.ts';

/**
 * The measurement counters of the simulated UAP (the media gateway of §12.3.6, decision 0840):
 * its trunk offices' seizures, connections, answers and failures per 5-minute period, the
 * circuits and call control blocks in use now, and the registered SIP terminals. Every event is
 * O(1); periods close lazily when an event or a read finds the Clock past their end, so there is
 * no timer. Closed periods are kept for `historyMsMax` and then dropped, oldest first.
 */

interface LiveCall {
  office: OfficeNo;
  connected: boolean;
  answered: boolean;
  seizedAtMs: number;
  connectedAtMs: number;
  answeredAtMs: number;
  ivrLegs: number;
  agentLegs: number;
}


/** Circuits of one office by level (seized ⊇ connected ⊇ answered), integrated over time. */
interface OfficeLevels {
  seized: number;
  connected: number;
  answered: number;
  counts: OfficeCounts;
  second: number;
  seizuresThisSecond: number;
}

export class UapCounters {
  private readonly calls = new Map<string, LiveCall>();
  private readonly offices: Record<OfficeNo, OfficeLevels>;
  /** Registered terminals: number → the address it registered from ("ip:port"). */
  private readonly registered = new Map<string, string>();
  private readonly blocks: ControlBlocks = { setup: 0, alerting: 0, active: 0, ivrConnections: 0, conferences: 0, lastAllocated: 0 };
  private readonly closedOffices: OfficeSample[] = [];
  private readonly closedTerminals: TerminalSample[] = [];
  private periodBeginMs: number;
  private accruedToMs: number;
  /** The start of the last period handed to `takeClosed`. */
  private takenToMs = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly now: () => number,
    private readonly historyMsMax = 32 * 86_400_000,
  ) {
    const start = now();
    this.periodBeginMs = start - (start % uapPeriodMs);
    this.accruedToMs = start;
    const levels = (): OfficeLevels => ({ seized: 0, connected: 0, answered: 0, counts: emptyCounts(), second: -1, seizuresThisSecond: 0 });
    this.offices = { 0: levels(), 1: levels() };
  }

  /** When the UAP began measuring (the first period's start). */
  get measuringSinceMs(): number {
    return this.closedOffices[0]?.beginMs ?? this.periodBeginMs;
  }

  /**
   * Where the samples not yet handed to `takeClosed` begin, or the latest closed period when it is
   * later: what another cluster node cannot read from the store yet (decision 1732).
   */
  get unstoredSinceMs(): number {
    this.advance();
    const latest = this.closedOffices.at(-1)?.beginMs ?? this.periodBeginMs;
    return Math.min(Math.max(this.takenToMs + uapPeriodMs, this.measuringSinceMs), latest);
  }

  /** A customer call took a circuit of `office`. */
  seized(key: string, office: OfficeNo): void {
    const at = this.advance();
    if (this.calls.has(key)) return;
    this.calls.set(key, { office, connected: false, answered: false, seizedAtMs: at, connectedAtMs: 0, answeredAtMs: 0, ivrLegs: 0, agentLegs: 0 });
    const o = this.offices[office];
    o.seized += 1;
    o.counts.seizures += 1;
    const second = Math.floor(at / 1000);
    o.seizuresThisSecond = second === o.second ? o.seizuresThisSecond + 1 : 1;
    o.second = second;
    o.counts.seizuresPerSecondMax = Math.max(o.counts.seizuresPerSecondMax, o.seizuresThisSecond);
    this.blocks.setup += 1;
    this.blocks.lastAllocated = (this.blocks.lastAllocated % controlBlocksInstalled) + 1;
  }

  /** The call reached the called side (a platform device, or a ringing customer). */
  connected(key: string): void {
    const at = this.advance();
    const call = this.calls.get(key);
    if (!call || call.connected) return;
    call.connected = true;
    call.connectedAtMs = at;
    const o = this.offices[call.office];
    o.connected += 1;
    o.counts.connected += 1;
    this.blocks.setup -= 1;
    this.blocks.alerting += 1;
  }

  /** The called side answered (an agent took the call, or the customer picked up). */
  answered(key: string): void {
    this.connected(key);
    const at = this.advance();
    const call = this.calls.get(key);
    if (!call || call.answered) return;
    call.answered = true;
    call.answeredAtMs = at;
    const o = this.offices[call.office];
    o.answered += 1;
    o.counts.answered += 1;
    this.blocks.alerting -= 1;
    this.blocks.active += 1;
  }

  /** An IVR (delta +1) or agent (kind 'agent') media connection of the call opened or closed. */
  media(key: string, kind: 'ivr' | 'agent', delta: 1 | -1): void {
    const call = this.calls.get(key);
    if (!call) return;
    if (kind === 'ivr') {
      call.ivrLegs += delta;
      this.blocks.ivrConnections += delta;
      return;
    }
    // A conference is a call with the customer and two or more agents.
    const wasConference = call.agentLegs >= 2;
    call.agentLegs += delta;
    this.blocks.conferences += Number(call.agentLegs >= 2) - Number(wasConference);
  }

  released(key: string, kind: ReleaseKind): void {
    const at = this.advance();
    const call = this.calls.get(key);
    if (!call) return;
    this.calls.delete(key);
    const o = this.offices[call.office];
    const c = o.counts;
    o.seized -= 1;
    c.released += 1;
    c.releasedHoldMs += at - call.seizedAtMs;
    if (call.connected) {
      o.connected -= 1;
      c.releasedConnected += 1;
      c.releasedConnectedMs += at - call.connectedAtMs;
    }
    if (call.answered) {
      o.answered -= 1;
      c.releasedAnswered += 1;
      c.releasedAnsweredMs += at - call.answeredAtMs;
    }
    if (kind === 'calledBusy') c.calledBusy += 1;
    else if (kind === 'unallocated') c.unallocated += 1;
    else if (kind === 'noAnswer' || (call.connected && !call.answered)) c.noAnswer += 1;
    else if (!call.connected) c.releasedBeforeConnect += 1;
    this.blocks.ivrConnections -= call.ivrLegs;
    if (call.agentLegs >= 2) this.blocks.conferences -= 1;
    if (call.answered) this.blocks.active -= 1;
    else if (call.connected) this.blocks.alerting -= 1;
    else this.blocks.setup -= 1;
  }

  /** A SIP terminal registered from `address` (an agent signed in with it), or went away (null). */
  registration(phone: string, address: string | null): void {
    this.advance();
    if (address !== null) this.registered.set(phone, address);
    else this.registered.delete(phone);
  }

  /** The registered terminals and the addresses they registered from. */
  registeredTerminals(): ReadonlyMap<string, string> {
    return new Map(this.registered);
  }

  controlBlocks(): Readonly<ControlBlocks> {
    return { ...this.blocks };
  }

  busyCircuits(office: OfficeNo): number {
    return this.offices[office].seized;
  }

  /** The last closed period of each office ("the latest 5 minutes"), or none before the first closes. */
  latestOffices(): OfficeSample[] {
    this.advance();
    const last = this.closedOffices.at(-1);
    return last ? this.closedOffices.filter((s) => s.beginMs === last.beginMs) : [];
  }

  /** Samples of the periods that began in [fromMs, toMs), closed ones and the one in progress. */
  officeSamples(fromMs: number, toMs: number): OfficeSample[] {
    this.advance();
    const current = uapOffices.map(({ ofcNo }) => this.sampleOf(ofcNo));
    return [...this.closedOffices, ...current].filter((s) => s.beginMs >= fromMs && s.beginMs < toMs);
  }

  terminalSamples(fromMs: number, toMs: number): TerminalSample[] {
    this.advance();
    return [...this.closedTerminals, { beginMs: this.periodBeginMs, registered: this.registered.size }].filter((s) => s.beginMs >= fromMs && s.beginMs < toMs);
  }

  /** The periods closed since the last call, to be stored (oldest first). */
  takeClosed(): { offices: OfficeSample[]; terminals: TerminalSample[] } {
    this.advance();
    const after = this.takenToMs;
    this.takenToMs = this.periodBeginMs - uapPeriodMs;
    return { offices: this.closedOffices.filter((s) => s.beginMs > after), terminals: this.closedTerminals.filter((s) => s.beginMs > after) };
  }

  /** Brings the traffic integrals to now, closing every period that ended meanwhile. */
  private advance(): number {
    const at = this.now();
    // After a pause longer than the history (a long idle virtual clock), the quiet periods before
    // the history's start would be dropped at once: skip them.
    const historyStartMs = at - this.historyMsMax;
    if (this.periodBeginMs + uapPeriodMs < historyStartMs) {
      this.periodBeginMs = historyStartMs - (historyStartMs % uapPeriodMs);
      this.accruedToMs = this.periodBeginMs;
      for (const { ofcNo } of uapOffices) this.offices[ofcNo].counts = emptyCounts();
      this.forget(this.periodBeginMs);
    }
    while (at >= this.periodBeginMs + uapPeriodMs) {
      const end = this.periodBeginMs + uapPeriodMs;
      this.accrue(end);
      for (const { ofcNo } of uapOffices) {
        this.closedOffices.push(this.sampleOf(ofcNo));
        this.offices[ofcNo].counts = emptyCounts();
      }
      this.closedTerminals.push({ beginMs: this.periodBeginMs, registered: this.registered.size });
      this.periodBeginMs = end;
      this.forget(end - this.historyMsMax);
    }
    this.accrue(at);
    return at;
  }

  private accrue(toMs: number): void {
    const ms = toMs - this.accruedToMs;
    if (ms <= 0) return;
    for (const { ofcNo } of uapOffices) {
      const o = this.offices[ofcNo];
      o.counts.seizedMs += o.seized * ms;
      o.counts.connectedMs += o.connected * ms;
      o.counts.answeredMs += o.answered * ms;
    }
    this.accruedToMs = toMs;
  }

  private sampleOf(ofcNo: OfficeNo): OfficeSample {
    const o = this.offices[ofcNo];
    return { ...o.counts, beginMs: this.periodBeginMs, ofcNo, busyCircuits: o.seized };
  }

  private forget(beforeMs: number): void {
    while ((this.closedOffices[0]?.beginMs ?? Infinity) < beforeMs) this.closedOffices.shift();
    while ((this.closedTerminals[0]?.beginMs ?? Infinity) < beforeMs) this.closedTerminals.shift();
  }
}
