import { inspectCall } from '../../domain/ccsqm/inspection.ts';
import { callMetrics, type CallMetrics } from '../../domain/ccsqm/metrics.ts';
import type { CreditRecord, RuleBook, RuleKind } from '../../domain/ccsqm/rule-book.ts';
import type { Segment } from '../../domain/ccsqm/transcript.ts';
import type { RecordingRow, SqmCallRow } from '../../store/index.ts';
import { Documents } from './documents.ts';
import { loadRuleBook } from './rule-book-loader.ts';
import { newUuid, nowSeconds, sqmWrite, uuidFrom, type SqmDeps } from './sqm-deps.ts';
import type { TranscriptProvider, TranscriptSource } from './transcript-provider.ts';

/**
 * Inspected calls ("appraisecall", §12.2.12/12.2.17; note 07 §4.B.12, §5.B.2): registered at
 * status 0, transcribed (3), inspected (1) and scored (2), or left at the provider's failure status.
 */
export interface InspectedCall extends Partial<CallMetrics> {
  call_id: string;
  call_group_id: string;
  call_type: number;
  file_name: string;
  staff_id: string;
  staff_name: string;
  call_time: number;
  upload_time: number;
  create_time: number;
  duration: number;
  deal: number;
  language: 'zh_CN' | 'en_US';
  segments: Segment[];
  inspect_status: number;
  review_status: number;
  complain_status: number;
  rule_severity_violation_count: number;
  record_id: string | null;
  voice_file_path: string | null;
}

export interface StoredCall {
  callUuid: string;
  status: number;
  call: InspectedCall;
  credit: CreditRecord | null;
}

export function parseCall(row: SqmCallRow): StoredCall {
  return { callUuid: row.callUuid, status: row.status, call: JSON.parse(row.doc) as InspectedCall, credit: row.credit ? (JSON.parse(row.credit) as CreditRecord) : null };
}

export function callRow(vdnId: number, stored: StoredCall): SqmCallRow {
  const c = stored.call;
  return { vdnId, callUuid: stored.callUuid, callId: c.call_id, staffId: c.staff_id, callType: c.call_type, status: stored.status, callTimeMs: c.call_time * 1000, uploadTimeMs: c.upload_time * 1000, duration: c.duration, doc: JSON.stringify(c), credit: stored.credit ? JSON.stringify(stored.credit) : null };
}

const reviseKinds: Record<RuleKind, string> = { dialog: 'dialogRule', silence: 'silenceRule', speed: 'speedRule', interposal: 'interposalRule', sentitiveWord: 'sentitiveWordRule' };

/** Transcribes and inspects one registered call; a provider failure leaves its status (ref L49256). */
/** `book`: the rules to apply when the caller already loaded them (a batch of one tenant's calls). */
export async function runInspection(deps: SqmDeps, provider: TranscriptProvider, vdnId: number, callUuid: string, source: TranscriptSource, book?: RuleBook): Promise<StoredCall> {
  const docs = new Documents(deps.repos, vdnId);
  const row = await deps.repos.sqm.findCall(vdnId, callUuid);
  if (!row) throw new Error(`no inspected call ${callUuid}`);
  const stored = parseCall(row);
  await deps.repos.sqm.putCall(callRow(vdnId, { ...stored, status: 3 }));
  const outcome = await provider.transcribe(source);
  if (!outcome.ok) {
    const failed = { ...stored, status: outcome.status };
    await deps.repos.sqm.putCall(callRow(vdnId, failed));
    return failed;
  }
  const { transcript } = outcome;
  const call: InspectedCall = { ...stored.call, ...callMetrics(transcript), duration: transcript.duration, language: transcript.language, segments: transcript.segments };
  await deps.repos.sqm.putCall(callRow(vdnId, { ...stored, status: 1, call }));
  const rules = book ?? (await loadRuleBook(docs));
  let credit: CreditRecord;
  try {
    credit = inspectCall(rules, { callTime: call.call_time, callType: call.call_type, transcript }, nowSeconds(deps), (kind) => `${reviseKinds[kind]}${newUuid(deps, vdnId)}`);
  } catch {
    const failed = { ...stored, status: 39, call };
    await deps.repos.sqm.putCall(callRow(vdnId, failed));
    return failed;
  }
  const violations = credit.credit.reduce((n, s) => n + [...s.rules, ...s.silence_rule, ...s.speed_rule, ...s.interposal_rule].filter((r) => !r.valid).length, 0) + credit.sensitive_words.filter((w) => !w.valid).length;
  const done: StoredCall = { callUuid, status: 2, call: { ...call, rule_severity_violation_count: violations }, credit };
  await sqmWrite(deps, vdnId, (repos) => repos.sqm.putCall(callRow(vdnId, done)));
  return done;
}

/** The inspected call of a recording segment: one per segment, whatever asks for it first. */
export function recordingCallUuid(vdnId: number, recordId: string): string {
  return uuidFrom(`${vdnId}:recording:${recordId}`);
}

/** What registers a call of any kind for inspection: its identity, agent and time; the rest starts empty. */
export interface CallRegistration {
  vdnId: number;
  callUuid: string;
  callId: string;
  callType: number;
  fileName: string;
  staffId: string;
  beginMs: number;
  endMs: number | null;
  recordId: string;
  voiceFilePath: string;
}

/** Registers a call at status 0 (idempotent); undefined when already registered. */
export async function registerCall(deps: SqmDeps, r: CallRegistration): Promise<string | undefined> {
  if (await deps.repos.sqm.findCall(r.vdnId, r.callUuid)) return undefined;
  const agent = /^\d+$/.test(r.staffId) ? await deps.repos.agents.find(r.vdnId, Number(r.staffId)) : undefined;
  const now = nowSeconds(deps);
  const call: InspectedCall = {
    call_id: r.callId, call_group_id: r.callId, call_type: r.callType, file_name: r.fileName, staff_id: r.staffId, staff_name: agent?.userName ?? r.staffId,
    call_time: Math.floor(r.beginMs / 1000), upload_time: now, create_time: now, duration: r.endMs === null ? 0 : Math.round(r.endMs - r.beginMs) / 1000, deal: 0,
    language: 'en_US', segments: [], inspect_status: 0, review_status: -1, complain_status: -1, rule_severity_violation_count: 0,
    record_id: r.recordId, voice_file_path: r.voiceFilePath,
  };
  await deps.repos.sqm.putCall(callRow(r.vdnId, { callUuid: r.callUuid, status: 0, call, credit: null }));
  return r.callUuid;
}

/** Registers a recording for inspection at status 0 (idempotent); undefined when already registered. */
export async function registerRecording(deps: SqmDeps, row: RecordingRow, options: { callUuid?: string; voiceFilePath?: string | null } = {}): Promise<string | undefined> {
  const stem = row.fileName.split(/[\\/]/).pop()?.replace(/\.[^.]*$/, '') ?? row.recordId;
  return registerCall(deps, {
    vdnId: row.vdnId, callUuid: options.callUuid ?? recordingCallUuid(row.vdnId, row.recordId), callId: row.callId, callType: 0, fileName: stem, staffId: row.agentId,
    beginMs: row.beginMs, endMs: row.endMs, recordId: row.recordId, voiceFilePath: options.voiceFilePath ?? row.fileName,
  });
}

export async function inspectRecording(deps: SqmDeps, provider: TranscriptProvider, row: RecordingRow, book?: RuleBook): Promise<StoredCall | undefined> {
  const callUuid = await registerRecording(deps, row);
  return callUuid === undefined ? undefined : runInspection(deps, provider, row.vdnId, callUuid, { kind: 'recording', recording: row }, book);
}
