import type { SystemCallRow } from '../../store/index.ts';
import { durationSeconds } from './callback-times.ts';
import { pageOf } from './number-rules.ts';
import { done, refused, type SystemCallOutcome } from './system-call-outcome.ts';
import type { SystemCallDeps } from './system-call-deps.ts';

/** CEC §6.2.4 (ref L16914): a call SN is at most 50 characters; ours are decimal digits. */
const callSerialNoPattern = /^\d{1,50}$/;
/** CEC §6.2.3 (ref L16683): "The interval between the start and the end time cannot exceed seven days." */
export const recordWindowMsMax = 7 * 86_400_000;
/** CEC §6.2.3 (ref L16685): limit defaults to 100; we serve at most 1000 a page (decision 0425). */
export const recordPageMax = 1000;

/** Adds the keys whose value is known, in the order given (the reference's examples omit the rest). */
function present(entries: Array<[string, unknown]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) if (value !== null && value !== undefined && value !== '') out[key] = value;
  return out;
}

/** CEC §6.2.4 Table 6-370 (example ref L17053–17066): the state of one call. */
export function callStateView(row: SystemCallRow): Record<string, unknown> {
  return present([
    ['caller', row.caller],
    ['called', row.called],
    ['callerPresent', row.callerPresent],
    ['startTime', row.startMs],
    ['state', row.state],
    ['reasonCode', row.reasonCode],
    ['agentPresent', row.agentPresent],
    ['endTime', row.endMs],
    ['callData', row.callData],
  ]);
}

/** CEC §6.2.3 Table 6-366 (example ref L16855–16883): one call history record. */
export function callRecordView(row: SystemCallRow): Record<string, unknown> {
  return present([
    ['releaseTime', row.releaseMs],
    ['called', row.called],
    ['callerPresent', row.callerPresent],
    ['agentAlertingTime', row.agentAlertingMs],
    ['agentPresent', row.agentPresent],
    ['talkingTime', row.talkingMs],
    ['alertingTime', row.alertingMs],
    ['caller', row.caller],
    ['agentTalkingTime', row.agentTalkingMs],
    ['agentReleaseTime', row.agentReleaseMs],
    ['agentTalkDuration', row.agentTalkingMs === null ? null : durationSeconds(row.agentTalkingMs, row.agentReleaseMs)],
    ['callSerialNo', row.callSerialNo],
    ['startTime', row.startMs],
    ['endTime', row.endMs],
    ['talkDuration', row.talkingMs === null ? null : durationSeconds(row.talkingMs, row.releaseMs)],
    ['state', row.state],
    ['reasonCode', row.reasonCode],
    ['callData', row.callData],
    ['taskType', row.taskType],
  ]);
}

/** The call with this SN in the caller's tenant: format code `formatCode`, unknown code `unknownCode`. */
export async function findSystemCall(deps: Pick<SystemCallDeps, 'repos'>, vdnId: number, callSerialNo: string | undefined, codes: { format: string; unknown: string; unknownMessage: string }): Promise<SystemCallOutcome<SystemCallRow>> {
  const sn = callSerialNo?.trim() ?? '';
  if (!callSerialNoPattern.test(sn)) return refused(codes.format, sn.length > 50 ? 'The length of the call SN cannot exceed 50 characters.' : 'The format of the call SN is incorrect.');
  const row = await deps.repos.systemCalls.find(vdnId, sn);
  return row ? done(row) : refused(codes.unknown, codes.unknownMessage);
}

export interface CallRecordQuery {
  startTime?: string | undefined;
  endTime?: string | undefined;
  offset?: string | undefined;
  limit?: string | undefined;
  caller?: string | undefined;
  taskType?: string | undefined;
}

const epochMs = (value: string | undefined): number | null => (value !== undefined && /^\d{1,15}$/.test(value.trim()) ? Number(value.trim()) : null);

/**
 * CEC §6.2.3 queryCallDetailRecord: the tenant's calls started in [startTime, endTime] (≤ 7 days),
 * of the task types asked (0 = every type but ITA, ref L16726), optionally of one caller, a page
 * from `offset`. Codes: 2 times, 4 paging, 12 caller, 1 no data.
 */
export async function queryCallRecords(deps: Pick<SystemCallDeps, 'repos'>, vdnId: number, query: CallRecordQuery): Promise<SystemCallOutcome<{ total: number; callInfo: Record<string, unknown>[] }>> {
  const fromMs = epochMs(query.startTime);
  const toMs = epochMs(query.endTime);
  if (fromMs === null || toMs === null || toMs < fromMs) return refused('2', 'The format of the start time and end time is incorrect.');
  if (toMs - fromMs > recordWindowMsMax) return refused('2', 'The interval between the start and the end time cannot exceed seven days.');
  const page = pageOf(query.offset, query.limit, recordPageMax);
  if (!page) return refused('4', 'The limit or offset pagination data format is incorrect.');
  const caller = query.caller?.trim() || undefined;
  if (caller !== undefined && !/^\+?\d{1,32}$/.test(caller)) return refused('12', 'The calling number is unavailable.');
  const taskType = query.taskType?.trim() || '0';
  if (!/^[0-4]$/.test(taskType)) return refused('1', 'No data is found.');
  const filter = { vdnId, fromMs, toMs, caller, taskTypes: taskType === '0' ? ['1', '2', '3'] : [taskType] };
  const total = await deps.repos.systemCalls.count(filter);
  if (total === 0) return refused('1', 'No data is found.');
  const rows = await deps.repos.systemCalls.page(filter, page.offset, page.limit);
  return done({ total, callInfo: rows.map(callRecordView) });
}
