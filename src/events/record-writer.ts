import type { Insertable, Updateable } from 'kysely';
import type { AgentRuntime, Call, CdrLeg, OpenOperation, RecordingHandle } from '../engine/index.ts';
import type { AgentOperationTable, CdrTable, ChatMessageTable, RecordingTable, Repositories } from '../store/index.ts';
import type { ChatTranscriptRecord } from '../domain/chat/index.ts';
import { LiveSessions, skillInfoSn, type SessionChanges } from './live-sessions.ts';
import { operationRow } from './operation-row.ts';
import { cdrColumns } from './cdr-columns.ts';
import { assertFences, StaleFenceError, unownedVdns, vdnsOfBatch, withoutOldTenures, withoutVdns, type RecordFencing } from './record-fencing.ts';

/**
 * `fence`: the tenure the op was recorded in (stamped when queued, while the engine's output is
 * still passed by whileOwned, so it is the producing engine's tenure): a batch formed after the
 * node lost the VDN and took it back must not write it under the new fence (decision 1700).
 */
type Op = { fence?: bigint | undefined } & (
  | { kind: 'cdrInsert'; row: Insertable<CdrTable> }
  | { kind: 'cdrUpdate'; id: string; vdnId: number; callId: string; changes: Updateable<CdrTable> }
  | { kind: 'recordingInsert'; row: Insertable<RecordingTable> }
  | { kind: 'recordingUpdate'; id: string; vdnId: number; changes: Updateable<RecordingTable> }
  | { kind: 'operation'; row: Insertable<AgentOperationTable> }
  | { kind: 'satisfaction'; vdnId: number; callId: string; value: string; customerNumber: string; atMs: number; channel?: string }
  | { kind: 'chatMessage'; row: Insertable<ChatMessageTable> }
);

export interface RecordWriterOptions {
  repos: Repositories;
  inTransaction: <T>(work: (repos: Repositories) => Promise<T>) => Promise<T>;
  nextId: () => string;
  onError: (error: unknown) => void;
  /** The server's clock: each batch marks the store with the time it was formed (decision 0508). */
  now: () => number;
  /**
   * Runs inside each batch's transaction after its rows are written, with the calls the batch
   * finished (their last row, call_id_num −1) and the operations it wrote: the indicator roll-up
   * commits with the records it summarises (decision 0813).
   */
  afterBatch?: (repos: Repositories, written: WrittenBatch) => Promise<void>;
  /** Cluster mode: every batch proves, in its own transaction, that this node still owns its VDNs (decision 1700). */
  fencing?: RecordFencing;
}

export interface WrittenBatch {
  finishedCalls: { vdnId: number; callId: string }[];
  operations: Insertable<AgentOperationTable>[];
}

/** The id_counter scope that holds the last instant the store saw the server alive (decision 0508). */
export const activityScope = 'activity';
/** The id_counter scope of a tenant's last sign-in serial number (logon_sn). */
export const logonSnScope = (vdnId: number) => `logonSn:${vdnId}`;

/** Ops per transaction: large enough to amortise commits, small enough to keep latency low. */
const batchOpsMax = 2_000;

/**
 * Writes what the engine records (CDR rows, the recording index, agent operations, survey
 * results) to the store behind the engine, in batched transactions, in order. The engine never
 * waits for the store; HTTP handlers await `flushed()` before replying, so an accepted request's
 * records are durable when the client hears back. A CDR row opened and closed within one batch is
 * written once, already closed.
 */
export class RecordWriter {
  private pending: Op[] = [];
  private writing: Promise<void> | undefined;
  private readonly pendingInserts = new Map<string, Insertable<CdrTable>>();
  private readonly pendingRecordings = new Map<string, Insertable<RecordingTable>>();
  private readonly sessions: LiveSessions;

  constructor(private readonly options: RecordWriterOptions) {
    const { fencing } = options;
    this.sessions = new LiveSessions(fencing && ((vdnId) => fencing.fenceOf(vdnId)));
  }

  cdr(call: Call, leg: CdrLeg, phase: 'open' | 'close', callIdNum: number | null, releaseCause: number | null, nowMs: number): void {
    const row = cdrColumns(call, leg, callIdNum, releaseCause);
    this.sessions.callTouched(call, phase === 'close' && callIdNum === -1);
    if (phase === 'open') {
      const insert: Insertable<CdrTable> = { ...row, id: leg.id, vdnId: call.vdnId, callId: call.callId, status: 'open', openedAtMs: nowMs, closedAtMs: null };
      this.pendingInserts.set(leg.id, insert);
      this.push({ kind: 'cdrInsert', row: insert });
      return;
    }
    const changes = { ...row, status: 'closed', closedAtMs: nowMs };
    const queued = this.pendingInserts.get(leg.id);
    if (queued) Object.assign(queued, changes);
    else this.push({ kind: 'cdrUpdate', id: leg.id, vdnId: call.vdnId, callId: call.callId, changes });
  }

  recording(handle: RecordingHandle, phase: 'start' | 'stop', endMs: number | null): void {
    if (phase === 'start') {
      const row: Insertable<RecordingTable> = {
        recordId: handle.recordId,
        vdnId: handle.vdnId,
        taskId: handle.taskId,
        agentId: String(handle.workNo),
        callId: handle.callId,
        callerNumber: handle.caller,
        calleeNo: handle.called,
        beginMs: handle.beginTimeMs,
        endMs: null,
        fileName: handle.fileName,
        locationId: handle.locationId,
        callType: handle.callType,
        mediaType: handle.mediaType,
        userWantedSkillId: handle.userWantedSkillId,
        currentSkillId: handle.currentSkillId,
        appendOf: handle.appendOf?.recordId ?? null,
        status: 'recording',
      };
      this.pendingRecordings.set(handle.recordId, row);
      this.push({ kind: 'recordingInsert', row });
      return;
    }
    const queued = this.pendingRecordings.get(handle.recordId);
    if (queued) Object.assign(queued, { endMs, status: 'done' });
    else this.push({ kind: 'recordingUpdate', id: handle.recordId, vdnId: handle.vdnId, changes: { endMs, status: 'done' } });
  }

  /** A session began: it is kept in the store until it ends, so that a crash cannot lose its end. */
  sessionOpened(vdnId: number, agent: AgentRuntime): void {
    this.sessions.opened(vdnId, agent);
    this.schedule();
  }

  sessionClosed(vdnId: number, workNo: number): void {
    this.sessions.closed(vdnId, workNo);
    this.schedule();
  }

  /** The session changed in a way no operation records (an event, a new GUID, a setting): save it with the next batch. */
  sessionTouched(vdnId: number, workNo: number): void {
    this.sessions.touched(vdnId, workNo);
    this.schedule();
  }

  operation(vdnId: number, agent: AgentRuntime, op: OpenOperation, endMs: number): void {
    this.sessions.touched(vdnId, agent.workNo);
    const session = { workNo: agent.workNo, agentType: agent.options.agentType, phoneNo: agent.options.phonenum, logonSn: agent.sessionId, skillInfoSn: skillInfoSn(agent) };
    this.push({ kind: 'operation', row: operationRow(this.options.nextId(), vdnId, session, op, endMs) });
  }

  satisfaction(vdnId: number, callId: string, value: string, customerNumber: string, atMs: number, channel = 'audio'): void {
    this.push({ kind: 'satisfaction', vdnId, callId, value, customerNumber, atMs, channel });
  }

  /** A line of a chat transcript (decision 1104), durable with the records around it. */
  chatMessage(record: ChatTranscriptRecord): void {
    this.push({ kind: 'chatMessage', row: { id: this.options.nextId(), ...record } });
  }

  /**
   * For live-state writes outside the writer's batches (a takeover's recovery): inside `repos`'s
   * transaction, throws StaleFenceError unless this node still holds the VDNs' leases (decision 1700).
   */
  async assertOwned(repos: Repositories, vdnIds: readonly number[]): Promise<void> {
    const unowned = unownedVdns(this.options.fencing, vdnIds);
    if (unowned.size > 0) throw new StaleFenceError([...unowned]);
    await assertFences(repos, this.options.fencing, vdnIds);
  }

  /** Resolves once everything recorded before the call is in the store. */
  async flushed(): Promise<void> {
    while (this.pending.length > 0 || this.sessions.pending || this.writing) {
      if (!this.writing) this.startWriting();
      await this.writing;
    }
  }

  private push(op: Op): void {
    if (this.options.fencing) op.fence = this.options.fencing.fenceOf(opVdnId(op));
    this.pending.push(op);
    this.schedule();
  }

  private schedule(): void {
    if (!this.writing) {
      // Let the current engine run finish queuing before writing its batch.
      this.writing = Promise.resolve().then(() => this.writeBatches());
    }
  }

  private startWriting(): void {
    this.writing = this.writeBatches();
  }

  private async writeBatches(): Promise<void> {
    try {
      while (this.pending.length > 0 || this.sessions.pending) {
        const batch = this.pending.splice(0, batchOpsMax);
        for (const op of batch) {
          if (op.kind === 'cdrInsert') this.pendingInserts.delete(String(op.row.id));
          if (op.kind === 'recordingInsert') this.pendingRecordings.delete(String(op.row.recordId));
        }
        // Sessions are snapshotted only with the batch that carries every record queued so far:
        // a stored open period must never run ahead of the journal rows that precede it.
        const nowMs = this.options.now();
        await this.writeFenced(batch, this.pending.length === 0 ? this.sessions.take(nowMs) : null, nowMs);
      }
    } catch (error) {
      this.options.onError(error);
    } finally {
      this.writing = undefined;
    }
  }

  /**
   * Writes one batch in one transaction. In cluster mode the rows of a VDN this node no longer
   * owns are refused before the store is asked, and when the store holds a newer fence for a VDN
   * the transaction rolls back and the batch is written again without that VDN's rows: nothing a
   * stale owner recorded lands, and the other tenants' records are not held up (decision 1700).
   */
  private async writeFenced(batch: Op[], sessions: SessionChanges | null, nowMs: number): Promise<void> {
    const { fencing } = this.options;
    let refused = unownedVdns(fencing, vdnsOfBatch(batch, opVdnId, sessions));
    if (refused.size > 0) fencing!.refused([...refused], 'not owned');
    for (;;) {
      const kept = withoutVdns(batch, opVdnId, sessions, refused);
      try {
        await this.options.inTransaction(async (repos) => {
          // In the transaction: the node may have lost the VDN and taken it back while this batch waited.
          const ops = withoutOldTenures(kept.ops, opVdnId, fencing);
          await assertFences(repos, fencing, vdnsOfBatch(ops, opVdnId, kept.sessions));
          await this.write(repos, ops);
          if (kept.sessions) await writeSessions(repos, kept.sessions);
          await repos.idCounters.raiseTo(activityScope, nowMs);
        });
        return;
      } catch (error) {
        if (!(error instanceof StaleFenceError)) throw error;
        fencing!.refused(error.vdnIds, 'stale fence');
        refused = new Set([...refused, ...error.vdnIds]);
      }
    }
  }

  private async write(repos: Repositories, batch: Op[]): Promise<void> {
    const cdrs: Insertable<CdrTable>[] = [];
    const recordings: Insertable<RecordingTable>[] = [];
    const operations: Insertable<AgentOperationTable>[] = [];
    const chatMessages: Insertable<ChatMessageTable>[] = [];
    const written: WrittenBatch = { finishedCalls: [], operations: [] };
    const flushInserts = async () => {
      if (cdrs.length) await repos.ctiRecords.insertCdrs(cdrs.splice(0));
      if (recordings.length) await repos.ctiRecords.insertRecordings(recordings.splice(0));
      if (operations.length) await repos.ctiRecords.insertOperations(operations.splice(0));
      if (chatMessages.length) await repos.chat.insertMessages(chatMessages.splice(0));
    };
    for (const op of batch) {
      switch (op.kind) {
        case 'cdrInsert':
          cdrs.push(op.row);
          if (op.row.callIdNum === -1) written.finishedCalls.push({ vdnId: op.row.vdnId, callId: op.row.callId });
          break;
        case 'recordingInsert':
          recordings.push(op.row);
          break;
        case 'operation':
          operations.push(op.row);
          written.operations.push(op.row);
          break;
        case 'cdrUpdate':
          await flushInserts();
          await repos.ctiRecords.updateCdr(op.id, op.changes);
          if (op.changes.callIdNum === -1) written.finishedCalls.push({ vdnId: op.vdnId, callId: op.callId });
          break;
        case 'recordingUpdate':
          await flushInserts();
          await repos.ctiRecords.updateRecording(op.id, op.changes);
          break;
        case 'satisfaction':
          await repos.ivr.insertSatisfactionResult({ id: this.options.nextId(), vdnId: op.vdnId, callId: op.callId, evaluationValue: op.value, channel: op.channel ?? 'audio', evaluationTimeMs: op.atMs, customerNumber: op.customerNumber });
          break;
        case 'chatMessage':
          chatMessages.push(op.row);
          break;
      }
    }
    await flushInserts();
    if (this.options.afterBatch && (written.finishedCalls.length > 0 || written.operations.length > 0)) await this.options.afterBatch(repos, written);
  }
}

function opVdnId(op: Op): number {
  switch (op.kind) {
    case 'cdrInsert':
    case 'recordingInsert':
    case 'operation':
    case 'chatMessage':
      return op.row.vdnId;
    default:
      return op.vdnId;
  }
}

async function writeSessions(repos: Repositories, changes: SessionChanges): Promise<void> {
  for (const [vdnId, logonSn] of changes.logonSn) await repos.idCounters.raiseTo(logonSnScope(vdnId), logonSn);
  await repos.agentSessions.saveAll(changes.save);
  for (const { vdnId, workNo } of changes.delete) await repos.agentSessions.delete(vdnId, workNo);
  for (const row of changes.calls.save) await repos.agentSessions.saveCall(row);
  for (const { vdnId, callId } of changes.calls.delete) await repos.agentSessions.deleteCall(vdnId, callId);
}
