import type { Clock } from '../../domain/time/index.ts';
import { windowStartOf, WindowedCounters, type WindowCounts, type WindowReading } from './rolling-window.ts';

/** "Answered within 15 s / 20 s" of 12.3.1.2.11 and IDX_COUNT_20S_CALL_FOR_5MIN (ref L56949, L64345). */
const within15Ms = 15_000;
const within20Ms = 20_000;

/**
 * The 5-minute rolling counters of the CC-CMS real-time views (12.3.1.2.3, .6, .11, Table 12-687;
 * the VDN samples of 12.3.6.6), per VDN and per skill queue of a VDN. Every event is counted in
 * the window in which it happens (decision 0808): a call that entered the queue at 10:04:50 and
 * was answered at 10:05:10 is inbound in the 10:00 window and connected in the 10:05 one. Each
 * recording method is O(1) (idleEnded: O(skills of the agent)); reads are O(1).
 */
export class RealtimeStatistics {
  private readonly counters = new WindowedCounters<string>();

  constructor(private readonly clock: Clock) {}

  /** The current window of a skill queue of a VDN. */
  skill(vdnId: number, skillId: number): WindowReading {
    return this.counters.read(skillKey(vdnId, skillId), this.clock.now());
  }

  /** The current window of a whole VDN. */
  vdn(vdnId: number): WindowReading {
    return this.counters.read(vdnKey(vdnId), this.clock.now());
  }

  /** The last complete window (the 5-minute sample that just closed). */
  previousSkill(vdnId: number, skillId: number): WindowReading {
    return this.counters.previous(skillKey(vdnId, skillId), this.clock.now());
  }

  previousVdn(vdnId: number): WindowReading {
    return this.counters.previous(vdnKey(vdnId), this.clock.now());
  }

  /** An inbound call entered a skill queue; `ivrMs` is the IVR time it spent before. */
  requestEntered(vdnId: number, skillId: number, ivrMs: number): void {
    this.skillUpdate(vdnId, skillId, (c) => {
      c.inbound += 1;
      c.ivrMs += ivrMs;
    });
  }

  /** An agent answered a call of the skill after it waited `waitMs` (queue and ringing). */
  requestConnected(vdnId: number, skillId: number, waitMs: number): void {
    this.skillUpdate(vdnId, skillId, (c) => connected(c, waitMs));
  }

  /** A call of the skill ended, or went to an IVR flow for good, without being answered. */
  requestLost(vdnId: number, skillId: number, waitMs: number): void {
    this.skillUpdate(vdnId, skillId, (c) => lost(c, waitMs));
  }

  requestEnded(vdnId: number, skillId: number): void {
    this.skillUpdate(vdnId, skillId, (c) => (c.ended += 1));
  }

  /** A conversation with an agent ended (counted for the skill when the call came through one). */
  talkEnded(vdnId: number, skillId: number | null, talkMs: number): void {
    const add = (c: WindowCounts) => {
      c.talks += 1;
      c.talkMs += talkMs;
    };
    this.vdnUpdate(vdnId, add);
    if (skillId !== null) this.skillUpdate(vdnId, skillId, add);
  }

  /** A call left an IVR flow after `ms`; a skill gets it when the call was already its request. */
  ivrLeft(vdnId: number, skillId: number | null, ms: number): void {
    const add = (c: WindowCounts) => (c.ivrMs += ms);
    this.vdnUpdate(vdnId, add);
    if (skillId !== null) this.skillUpdate(vdnId, skillId, add);
  }

  /** An agent's after-call work ended; the skill is the one of the call it followed. */
  wrapUpEnded(vdnId: number, skillId: number | null, ms: number): void {
    const add = (c: WindowCounts) => {
      c.wrapUps += 1;
      c.wrapUpMs += ms;
    };
    this.vdnUpdate(vdnId, add);
    if (skillId !== null) this.skillUpdate(vdnId, skillId, add);
  }

  /** An agent stopped being idle; its idle time inside the window counts for its skills. */
  idleEnded(vdnId: number, skillIds: Iterable<number>, beginMs: number): void {
    const now = this.clock.now();
    const ms = now - Math.max(beginMs, windowStartOf(now));
    const longest = (c: WindowCounts) => (c.maxIdleMs = Math.max(c.maxIdleMs, ms));
    this.vdnUpdate(vdnId, longest);
    for (const skillId of skillIds) this.skillUpdate(vdnId, skillId, longest);
  }

  /** An inbound call arrived in the VDN. */
  callArrived(vdnId: number): void {
    this.vdnUpdate(vdnId, (c) => (c.inbound += 1));
  }

  /** An agent first answered an inbound call `waitMs` after it arrived in the VDN. */
  callConnected(vdnId: number, waitMs: number): void {
    this.vdnUpdate(vdnId, (c) => connected(c, waitMs));
  }

  /** An inbound call ended; `lostAfterMs` when no agent answered it. */
  callEnded(vdnId: number, lostAfterMs: number | null): void {
    this.vdnUpdate(vdnId, (c) => {
      c.ended += 1;
      if (lostAfterMs !== null) lost(c, lostAfterMs);
    });
  }

  outboundPlaced(vdnId: number): void {
    this.vdnUpdate(vdnId, (c) => (c.outbound += 1));
  }

  private skillUpdate(vdnId: number, skillId: number, change: (c: WindowCounts) => void): void {
    this.counters.update(skillKey(vdnId, skillId), this.clock.now(), change);
  }

  private vdnUpdate(vdnId: number, change: (c: WindowCounts) => void): void {
    this.counters.update(vdnKey(vdnId), this.clock.now(), change);
  }
}

const skillKey = (vdnId: number, skillId: number) => `${vdnId}:${skillId}`;
const vdnKey = (vdnId: number) => `${vdnId}`;

function waited(c: WindowCounts, waitMs: number): void {
  c.waits += 1;
  c.waitMs += waitMs;
  c.maxWaitMs = Math.max(c.maxWaitMs, waitMs);
}

function connected(c: WindowCounts, waitMs: number): void {
  c.connected += 1;
  if (waitMs <= within15Ms) c.connectedIn15 += 1;
  if (waitMs <= within20Ms) c.connectedIn20 += 1;
  waited(c, waitMs);
}

function lost(c: WindowCounts, waitMs: number): void {
  c.lost += 1;
  if (waitMs < within15Ms) c.lostWaitUnder15 += 1;
  if (waitMs < within20Ms) c.lostWaitUnder20 += 1;
  waited(c, waitMs);
}
