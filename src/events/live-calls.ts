import type { Call } from '../engine/index.ts';
import type { LiveCallRow } from '../store/index.ts';

/** What a batch writes about live calls: control records to save, calls that ended. */
export interface CallChanges {
  save: LiveCallRow[];
  delete: Array<{ vdnId: number; callId: string }>;
}

const key = (vdnId: number, callId: string) => `${vdnId}|${callId}`;

/**
 * The control record of each live call (decision 1720), kept durable by the record writer beside
 * the call's CDR rows: a call is live from its first CDR row until its last one (call_id_num −1)
 * closes. Rows are snapshots taken when a batch is formed, like sessions (decision 0508).
 */
export class LiveCalls {
  private readonly changed = new Map<string, { call: Call; ended: boolean; fence: bigint | undefined }>();

  /** `fenceOf` (cluster mode): a call touched in an older tenure than the one held now is not saved (see LiveSessions). */
  constructor(private readonly fenceOf?: (vdnId: number) => bigint | undefined) {}

  /** A CDR row of the call opened or closed. */
  touched(call: Call, ended: boolean): void {
    const k = key(call.vdnId, call.callId);
    this.changed.set(k, { call, ended: ended || (this.changed.get(k)?.ended ?? false), fence: this.fenceOf?.(call.vdnId) });
  }

  get pending(): boolean {
    return this.changed.size > 0;
  }

  take(nowMs: number): CallChanges {
    const changes: CallChanges = { save: [], delete: [] };
    for (const { call, ended, fence } of this.changed.values()) {
      if (!isCurrent(this.fenceOf, call.vdnId, fence)) continue;
      if (ended) changes.delete.push({ vdnId: call.vdnId, callId: call.callId });
      else changes.save.push(callRow(call, nowMs));
    }
    this.changed.clear();
    return changes;
  }
}

/** Whether an entry stamped `fence` belongs to the tenure held now (not owned now: the writer refuses it as such). */
export function isCurrent(fenceOf: ((vdnId: number) => bigint | undefined) | undefined, vdnId: number, fence: bigint | undefined): boolean {
  if (!fenceOf) return true;
  const now = fenceOf(vdnId);
  return now === undefined || now === fence;
}

function callRow(call: Call, nowMs: number): LiveCallRow {
  return {
    vdnId: call.vdnId,
    callId: call.callId,
    feature: call.feature,
    mediaType: call.mediaType,
    caller: call.caller,
    called: call.called,
    agents: [...call.agents].sort((a, b) => a - b).join(';'),
    openLegs: call.openCdr.size,
    createdMs: call.createdAtMs,
    savedAtMs: nowMs,
  };
}
