import type { RuleBook } from '../../domain/ccsqm/rule-book.ts';
import type { CdrRow } from '../../store/index.ts';
import { registerCall, runInspection, type StoredCall } from './inspected-calls.ts';
import { uuidFrom, type SqmDeps } from './sqm-deps.ts';
import type { TranscriptProvider } from './transcript-provider.ts';

/** One inspected call per agent leg of a chat, as a voice call has one per recording segment. */
export function chatCallUuid(vdnId: number, callId: string, agentId: number): string {
  return uuidFrom(`${vdnId}:chat:${callId}:${agentId}`);
}

/** Registers and inspects the agent leg of a finished chat (call_type 2); undefined when already registered. */
export async function inspectChatLeg(deps: SqmDeps, provider: TranscriptProvider, leg: CdrRow, book?: RuleBook): Promise<StoredCall | undefined> {
  const callUuid = await registerCall(deps, {
    vdnId: leg.vdnId, callUuid: chatCallUuid(leg.vdnId, leg.callId, leg.deviceNo), callId: leg.callId, callType: 2, fileName: leg.callId, staffId: String(leg.deviceNo),
    beginMs: leg.callBeginMs ?? leg.waitBeginMs ?? 0, endMs: leg.callEndMs, recordId: '', voiceFilePath: '',
  });
  return callUuid === undefined ? undefined : runInspection(deps, provider, leg.vdnId, callUuid, { kind: 'chat', vdnId: leg.vdnId, sessionId: leg.callId }, book);
}
