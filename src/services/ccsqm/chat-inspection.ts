import type { RuleBook } from '../../domain/ccsqm/rule-book.ts';
import type { CdrRow } from '../../store/index.ts';
import { callRow, runInspection, type InspectedCall, type StoredCall } from './inspected-calls.ts';
import { nowSeconds, uuidFrom, type SqmDeps } from './sqm-deps.ts';
import type { TranscriptProvider } from './transcript-provider.ts';

/** One inspected call per agent leg of a chat, as a voice call has one per recording segment. */
export function chatCallUuid(vdnId: number, callId: string, agentId: number): string {
  return uuidFrom(`${vdnId}:chat:${callId}:${agentId}`);
}

/** Registers and inspects the agent leg of a finished chat (call_type 2); undefined when already registered. */
export async function inspectChatLeg(deps: SqmDeps, provider: TranscriptProvider, leg: CdrRow, book?: RuleBook): Promise<StoredCall | undefined> {
  const callUuid = chatCallUuid(leg.vdnId, leg.callId, leg.deviceNo);
  if (await deps.repos.sqm.findCall(leg.vdnId, callUuid)) return undefined;
  const agent = await deps.repos.agents.find(leg.vdnId, leg.deviceNo);
  const now = nowSeconds(deps);
  const begin = leg.callBeginMs ?? leg.waitBeginMs ?? 0;
  const call: InspectedCall = {
    call_id: leg.callId, call_group_id: leg.callId, call_type: 2, file_name: leg.callId, staff_id: String(leg.deviceNo), staff_name: agent?.userName ?? String(leg.deviceNo),
    call_time: Math.floor(begin / 1000), upload_time: now, create_time: now, duration: leg.callEndMs === null ? 0 : Math.round(leg.callEndMs - begin) / 1000, deal: 0,
    language: 'en_US', segments: [], inspect_status: 0, review_status: -1, complain_status: -1, rule_severity_violation_count: 0,
    record_id: '', voice_file_path: '',
  };
  await deps.repos.sqm.putCall(callRow(leg.vdnId, { callUuid, status: 0, call, credit: null }));
  return runInspection(deps, provider, leg.vdnId, callUuid, { kind: 'chat', vdnId: leg.vdnId, sessionId: leg.callId }, book);
}
