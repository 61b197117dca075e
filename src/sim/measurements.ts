/**
 * What a simulation measures, from the engine's facts: per call its arrival, first answer,
 * abandonment and talk; per interval the same aggregated. Calls are counted in the interval and
 * window of their arrival.
 */
export interface CallRecord {
  arrivalMs: number;
  flow: number;
  answeredMs: number | null;
  abandoned: boolean;
  abandonedMs: number | null;
  talkStartMs: number | null;
  talkEndMs: number | null;
  wrapUpMs: number;
}

export interface WindowSummary {
  offered: number;
  answered: number;
  abandoned: number;
  answeredWithinTarget: number;
  waitedAtAll: number;
  waitSumMs: number;
  answeredWaitSumMs: number;
  handleSumMs: number;
  /** Talk time of answered calls (first answer to the first agent's release). */
  talkSumMs: number;
}

export interface IntervalPoint extends WindowSummary {
  startMs: number;
}

export class Measurements {
  readonly calls = new Map<string, CallRecord>();

  arrived(callId: string, atMs: number, flow: number): void {
    this.calls.set(callId, { arrivalMs: atMs, flow, answeredMs: null, abandoned: false, abandonedMs: null, talkStartMs: null, talkEndMs: null, wrapUpMs: 0 });
  }

  connected(callId: string, atMs: number): void {
    const call = this.calls.get(callId);
    if (!call || call.answeredMs !== null) return;
    call.answeredMs = atMs;
    call.talkStartMs = atMs;
  }

  abandoned(callId: string, atMs: number): void {
    const call = this.calls.get(callId);
    if (call && call.answeredMs === null) {
      call.abandoned = true;
      call.abandonedMs = atMs;
    }
  }

  talkEnded(callId: string, atMs: number): void {
    const call = this.calls.get(callId);
    if (call && call.talkStartMs !== null && call.talkEndMs === null) call.talkEndMs = atMs;
  }

  wrappedUp(callId: string, durationMs: number): void {
    const call = this.calls.get(callId);
    if (call) call.wrapUpMs += durationMs;
  }

  /** Totals over calls arriving in [fromMs, toMs). */
  window(fromMs: number, toMs: number, targetMs: number, flow?: number): WindowSummary {
    const sum = emptySummary();
    for (const call of this.calls.values()) {
      if (call.arrivalMs < fromMs || call.arrivalMs >= toMs || (flow !== undefined && call.flow !== flow)) continue;
      add(sum, call, targetMs);
    }
    return sum;
  }

  intervals(fromMs: number, toMs: number, widthMs: number, targetMs: number): IntervalPoint[] {
    const points: IntervalPoint[] = [];
    for (let start = fromMs; start < toMs; start += widthMs) points.push({ startMs: start, ...emptySummary() });
    for (const call of this.calls.values()) {
      if (call.arrivalMs < fromMs || call.arrivalMs >= toMs) continue;
      const point = points[Math.floor((call.arrivalMs - fromMs) / widthMs)];
      if (point) add(point, call, targetMs);
    }
    return points;
  }
}

function emptySummary(): WindowSummary {
  return { offered: 0, answered: 0, abandoned: 0, answeredWithinTarget: 0, waitedAtAll: 0, waitSumMs: 0, answeredWaitSumMs: 0, handleSumMs: 0, talkSumMs: 0 };
}

function add(sum: WindowSummary, call: CallRecord, targetMs: number): void {
  sum.offered += 1;
  if (call.answeredMs !== null) {
    const wait = call.answeredMs - call.arrivalMs;
    sum.answered += 1;
    sum.answeredWaitSumMs += wait;
    sum.waitSumMs += wait;
    if (wait <= targetMs) sum.answeredWithinTarget += 1;
    if (wait > 0) sum.waitedAtAll += 1;
    if (call.talkEndMs !== null && call.talkStartMs !== null) {
      sum.handleSumMs += call.talkEndMs - call.talkStartMs + call.wrapUpMs;
      sum.talkSumMs += call.talkEndMs - call.talkStartMs;
    }
  } else if (call.abandoned) {
    sum.abandoned += 1;
    sum.waitedAtAll += 1;
    sum.waitSumMs += (call.abandonedMs ?? call.arrivalMs) - call.arrivalMs;
  }
}
