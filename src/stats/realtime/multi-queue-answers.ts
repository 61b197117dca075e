import { windowStartOf } from './rolling-window.ts';

/**
 * 12.3.1.2.8: per skill queue, the calls its agents answered from other queues while those calls
 * waited in several at once (decision 0853), counted in the current 5-minute window like the other
 * real-time counters (decision 0808). O(1) per answer; a read is O(the other queues of the skill).
 */
export class MultiQueueAnswers {
  /** `${vdnId}:${skillId}` → the window and, per main queue, the calls answered from it. */
  private readonly counts = new Map<string, { windowStartMs: number; byMain: Map<number, number> }>();

  answered(vdnId: number, skillId: number, mainSkillId: number, atMs: number): void {
    const key = `${vdnId}:${skillId}`;
    const start = windowStartOf(atMs);
    let entry = this.counts.get(key);
    if (!entry || entry.windowStartMs !== start) this.counts.set(key, (entry = { windowStartMs: start, byMain: new Map() }));
    entry.byMain.set(mainSkillId, (entry.byMain.get(mainSkillId) ?? 0) + 1);
  }

  /** The current window's counts of a skill, by main queue id ascending. */
  read(vdnId: number, skillId: number, nowMs: number): Array<{ queueId: number; callNum: number }> {
    const entry = this.counts.get(`${vdnId}:${skillId}`);
    if (!entry || entry.windowStartMs !== windowStartOf(nowMs)) return [];
    return [...entry.byMain].sort(([a], [b]) => a - b).map(([queueId, callNum]) => ({ queueId, callNum }));
  }
}
