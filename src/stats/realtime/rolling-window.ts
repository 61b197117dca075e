/**
 * The "current 5 minutes" of the CC-CMS real-time interfaces (12.3.1.2.3, .6, .11): tumbling
 * windows aligned to 5-minute UTC boundaries (decision 0808). A window is [start, start + 5 min);
 * the interfaces report its start as `startTime` / `statStartTime`.
 */
export const windowMs = 5 * 60_000;

export function windowStartOf(nowMs: number): number {
  return Math.floor(nowMs / windowMs) * windowMs;
}

/** The additive measures one scope (a skill, a VDN) collects in a window; durations in ms. */
export interface WindowCounts {
  /** Inbound calls that entered (the skill's queue; for a VDN: arrived). */
  inbound: number;
  /** Calls answered by an agent. */
  connected: number;
  /** Calls that ended or left without an agent answering (abandoned, released by the platform). */
  lost: number;
  /** Calls that ended, answered or not. */
  ended: number;
  /** Answered with a wait of at most 15 s / 20 s. */
  connectedIn15: number;
  connectedIn20: number;
  /** Lost after a wait of less than 15 s / 20 s. */
  lostWaitUnder15: number;
  lostWaitUnder20: number;
  /** Time the calls spent in IVR flows. */
  ivrMs: number;
  /** Wrap-ups (after-call work) that ended, and their total length. */
  wrapUps: number;
  wrapUpMs: number;
  /** Conversations that ended, and their total length. */
  talks: number;
  talkMs: number;
  /** Waits that ended (answered or lost), their total, and the longest. */
  waits: number;
  waitMs: number;
  maxWaitMs: number;
  /** The longest idle interval that ended in the window, clipped to it. */
  maxIdleMs: number;
  /** Outbound calls placed (VDN scope). */
  outbound: number;
}

export function emptyCounts(): WindowCounts {
  return {
    inbound: 0,
    connected: 0,
    lost: 0,
    ended: 0,
    connectedIn15: 0,
    connectedIn20: 0,
    lostWaitUnder15: 0,
    lostWaitUnder20: 0,
    ivrMs: 0,
    wrapUps: 0,
    wrapUpMs: 0,
    talks: 0,
    talkMs: 0,
    waits: 0,
    waitMs: 0,
    maxWaitMs: 0,
    maxIdleMs: 0,
    outbound: 0,
  };
}

/** The counts of one window as a query sees them. */
export interface WindowReading {
  startMs: number;
  counts: Readonly<WindowCounts>;
}

interface Slot {
  startMs: number;
  counts: WindowCounts;
  /** The window just before `startMs`, when the scope had activity in it. */
  previous: WindowReading | null;
}

/**
 * Counters per key for the current window, rolled lazily: an update or a read that finds its slot
 * in an older window starts a new one. Updates and reads are O(1); memory is one slot per key
 * that ever had activity.
 */
export class WindowedCounters<K> {
  private readonly slots = new Map<K, Slot>();

  update(key: K, nowMs: number, change: (counts: WindowCounts) => void): void {
    change(this.slot(key, nowMs).counts);
  }

  read(key: K, nowMs: number): WindowReading {
    const startMs = windowStartOf(nowMs);
    const slot = this.slots.get(key);
    if (!slot || slot.startMs !== startMs) return { startMs, counts: emptyCounts() };
    return { startMs, counts: slot.counts };
  }

  /** The window before the current one (the last complete 5-minute sample). */
  previous(key: K, nowMs: number): WindowReading {
    const startMs = windowStartOf(nowMs) - windowMs;
    const slot = this.slots.get(key);
    if (slot?.startMs === startMs) return { startMs, counts: slot.counts };
    if (slot?.previous?.startMs === startMs) return slot.previous;
    return { startMs, counts: emptyCounts() };
  }

  private slot(key: K, nowMs: number): Slot {
    const startMs = windowStartOf(nowMs);
    let slot = this.slots.get(key);
    if (!slot) {
      slot = { startMs, counts: emptyCounts(), previous: null };
      this.slots.set(key, slot);
    } else if (slot.startMs !== startMs) {
      const previous = slot.startMs === startMs - windowMs ? { startMs: slot.startMs, counts: slot.counts } : null;
      slot.startMs = startMs;
      slot.counts = emptyCounts();
      slot.previous = previous;
    }
    return slot;
  }
}
