import type { DialogOutput, NluResult } from '../../domain/chatbot/index.ts';
import type { Repositories } from '../../store/index.ts';
import type { OiapSessionRow } from '../../store/repositories/oiap-dialog.repository.ts';
import type { SessionData } from './session-data.ts';

/** RecordDetails `type` (Table 10-46) from the prompt_type of the reply. */
function replyType(promptType: string): string {
  if (promptType === '3' || promptType === '6' || promptType === '7') return 'text';
  if (promptType === '2') return 'TTS';
  return 'voice file';
}

export interface TurnOutcome {
  row: OiapSessionRow;
  data: SessionData;
  output: DialogOutput;
  recognized: NluResult | undefined;
  /** What the caller said or keyed in this request; null for the init. */
  userSaying: string | null;
  now: number;
  isNew: boolean;
  /** "1" when a silent agent wrote the reply. */
  responseSource: '0' | '1';
}

/**
 * Writes one turn: the call instance (state through), a RecordDetails row when the caller spoke or
 * the bot replied, and a TransferRecord for a transfer to a third-party number (ref L37928).
 * A reply of outaction 10 closes the instance: the flow ended in the IVR.
 */
export async function recordOutput(deps: { repos: Repositories; nextTransferId(): string }, turn: TurnOutcome): Promise<void> {
  const { row, data, output, now } = turn;
  const { repos } = deps;
  const replied = output.outaction === 9 ? output : undefined;
  const interNo = turn.userSaying !== null || replied ? row.interactCount + 1 : 0;
  if (interNo > 0) row.interactCount = interNo;
  if (output.outaction === 10) {
    row.status = 'closed';
    row.endedAtMs = now;
    row.releaseReason = output.releaseReason;
    row.endedInIvr = row.transferred ? 0 : 1;
    data.dialog = { ...data.dialog, waiting: 'closed' };
  }
  row.state = JSON.stringify(data);
  if (turn.isNew) await repos.oiapDialog.insertSession(row);
  else await repos.oiapDialog.updateSession(row.vdnId, row.callId, row);
  if (interNo > 0) {
    const hit = turn.recognized;
    await repos.oiapDialog.insertTurn({
      vdnId: row.vdnId,
      callId: row.callId,
      interNo,
      userSaying: turn.userSaying,
      intention: hit && hit.kind !== 'unknown' ? hit.label : hit ? 'unknown' : null,
      systemReply: replied?.text ?? '',
      replyType: replied ? replyType(replied.promptType) : '',
      requestAtMs: turn.userSaying === null ? null : now,
      replyAtMs: now,
      responseSource: turn.responseSource,
      involveMode: String(data.workMode),
      hitKind: hit?.kind ?? null,
      hitName: hit ? (hit.kind === 'intent' ? `${hit.label}(${hit.name})` : hit.kind === 'faq' ? hit.label : null) : null,
    });
  }
  if (output.outaction === 11 && output.transType === 5) {
    await repos.oiapDialog.insertTransfer({
      vdnId: row.vdnId,
      id: deps.nextTransferId(),
      callId: row.callId,
      ctiCallId: row.ctiCallId,
      flowInstId: row.flowInstId,
      callingNumber: row.callSorId,
      calledNumber: row.accessCode,
      transfNumber: output.routeValue,
      startAtMs: now,
      endAtMs: null,
      recordFilePath: output.recordPath || null,
      locationId: null,
      opResult: 'INIT',
      recordResult: 'N/A',
    });
  }
}

/** Ends a call instance: hung up by the caller or the IVR, timed out, or transferred. */
export async function closeSession(repos: Repositories, row: OiapSessionRow, data: SessionData, now: number, releaseReason: '0' | '1' | '2', endedInIvr: boolean): Promise<void> {
  row.status = 'closed';
  row.endedAtMs = now;
  row.releaseReason = releaseReason;
  row.endedInIvr = endedInIvr && !row.transferred ? 1 : 0;
  row.updatedAtMs = now;
  data.dialog = { ...data.dialog, waiting: 'closed' };
  row.state = JSON.stringify(data);
  await repos.oiapDialog.updateSession(row.vdnId, row.callId, row);
}
