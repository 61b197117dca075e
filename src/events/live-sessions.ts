import { snapshotSession, type AgentRuntime, type Call, type OpenOperation, type SessionSnapshot } from '../engine/index.ts';
import type { AgentSessionRow } from '../store/index.ts';
import { isCurrent, LiveCalls, type CallChanges } from './live-calls.ts';

/** What a batch writes about sessions: rows to save, sessions to forget. */
export interface SessionChanges {
  save: AgentSessionRow[];
  delete: Array<{ vdnId: number; workNo: number }>;
  /** Per tenant, the highest sign-in serial number opened since the last batch (kept durable). */
  logonSn: Map<number, number>;
  /** The live calls' control records (decision 1720), written in the same transaction. */
  calls: CallChanges;
}

const key = (vdnId: number, workNo: number) => `${vdnId}|${workNo}`;

/**
 * The live sessions the record writer keeps durable (decision 0508), and the live calls' control
 * records (decision 1720): which changed since the last batch. A row is a snapshot of the session taken when a batch is formed, after every engine run
 * whose records the batch carries, so the stored open period always follows the last stored one.
 */
export class LiveSessions {
  private readonly live = new Map<string, { vdnId: number; agent: AgentRuntime; fence: bigint | undefined }>();
  private readonly changed = new Map<string, { vdnId: number; workNo: number; fence: bigint | undefined }>();
  private logonSn = new Map<number, number>();
  private readonly calls: LiveCalls;

  /**
   * `fenceOf` (cluster mode): each entry is stamped with its VDN's tenure when recorded, and a
   * snapshot is not taken of an entry of an older tenure than the one held now: its agent
   * belongs to an engine discarded with its lease, which may still run (decision 1700).
   */
  constructor(private readonly fenceOf?: (vdnId: number) => bigint | undefined) {
    this.calls = new LiveCalls(fenceOf);
  }

  opened(vdnId: number, agent: AgentRuntime): void {
    this.live.set(key(vdnId, agent.workNo), { vdnId, agent, fence: this.fenceOf?.(vdnId) });
    this.logonSn.set(vdnId, Math.max(this.logonSn.get(vdnId) ?? 0, Number(agent.sessionId)));
    this.touched(vdnId, agent.workNo);
  }

  closed(vdnId: number, workNo: number): void {
    this.live.delete(key(vdnId, workNo));
    this.touched(vdnId, workNo);
  }

  /** The session's state may have changed (an operation of its journal was recorded). */
  touched(vdnId: number, workNo: number): void {
    this.changed.set(key(vdnId, workNo), { vdnId, workNo, fence: this.fenceOf?.(vdnId) });
  }

  /** A CDR row of the call opened or closed (`ended`: its last row closed). */
  callTouched(call: Call, ended: boolean): void {
    this.calls.touched(call, ended);
  }

  get pending(): boolean {
    return this.changed.size > 0 || this.calls.pending;
  }

  take(nowMs: number): SessionChanges {
    const changes: SessionChanges = { save: [], delete: [], logonSn: this.logonSn, calls: this.calls.take(nowMs) };
    this.logonSn = new Map();
    for (const [k, id] of this.changed) {
      const live = this.live.get(k);
      if (!isCurrent(this.fenceOf, id.vdnId, id.fence)) continue;
      if (live && !isCurrent(this.fenceOf, live.vdnId, live.fence)) this.live.delete(k);
      else if (live) changes.save.push(sessionRow(live.vdnId, live.agent, nowMs));
      else changes.delete.push({ vdnId: id.vdnId, workNo: id.workNo });
    }
    this.changed.clear();
    return changes;
  }
}

function sessionRow(vdnId: number, agent: AgentRuntime, nowMs: number): AgentSessionRow {
  const op = agent.operation;
  const saved = snapshotSession(agent);
  return {
    vdnId,
    workNo: agent.workNo,
    logonSn: agent.sessionId,
    loginMs: agent.loginTimeMs,
    agentType: agent.options.agentType,
    phoneNo: agent.options.phonenum,
    skillInfoSn: skillInfoSn(agent),
    opType: op?.opType ?? null,
    opCause: op?.opCause ?? null,
    opObject: op?.opObject ?? null,
    opBeginMs: op?.beginMs ?? null,
    opCallId: op?.callId ?? null,
    opSkillId: op?.skillId ?? null,
    savedAtMs: nowMs,
    guid: saved.guid,
    guidIssuedMs: saved.guidIssuedAtMs,
    previousGuid: saved.previousGuid?.guid ?? null,
    previousGuidExpiresMs: saved.previousGuid?.expiresAtMs ?? null,
    workState: saved.work,
    workSinceMs: saved.workSinceMs,
    lastActivityMs: saved.lastActivityMs,
    callLegs: JSON.stringify(saved.legs),
    sessionJson: JSON.stringify({ options: saved.options, details: saved.details }),
  };
}

/** The session a stored row describes (decision 1720): what a new owner rebuilds it from. */
export function sessionSnapshotOf(row: AgentSessionRow): SessionSnapshot {
  const { options, details } = JSON.parse(row.sessionJson) as Pick<SessionSnapshot, 'options' | 'details'>;
  const operation: OpenOperation | null =
    row.opType !== null && row.opBeginMs !== null
      ? { opType: row.opType, opCause: row.opCause ?? -1, opObject: row.opObject ?? '-1', beginMs: row.opBeginMs, callId: row.opCallId ?? '', skillId: row.opSkillId }
      : null;
  return {
    workNo: row.workNo,
    sessionId: row.logonSn,
    loginTimeMs: row.loginMs,
    options,
    guid: row.guid,
    guidIssuedAtMs: row.guidIssuedMs,
    previousGuid: row.previousGuid !== null && row.previousGuidExpiresMs !== null ? { guid: row.previousGuid, expiresAtMs: row.previousGuidExpiresMs, superseded: details.previousGuidSuperseded } : null,
    work: row.workState as SessionSnapshot['work'],
    workSinceMs: row.workSinceMs,
    lastActivityMs: row.lastActivityMs,
    signedInSkills: row.skillInfoSn === '' ? [] : row.skillInfoSn.split(';').map(Number),
    operation,
    legs: JSON.parse(row.callLegs) as SessionSnapshot['legs'],
    details,
  };
}

/** The skills the agent is signed in to, as the journal's skill_info_sn lists them. */
export function skillInfoSn(agent: AgentRuntime): string {
  return [...agent.signedInSkills].sort((a, b) => a - b).join(';');
}
