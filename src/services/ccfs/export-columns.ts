import { ccfsCallCenterId, ccfsRecordingName, originalRecordingName, parseCtiRecordingPath } from '../../media/recordings/index.ts';
import type { AgentOperationRow, CdrRow, RecordingRow } from '../../store/index.ts';

/** Who the package is for: the developer (AK) of the request and the tenant's account. */
export interface ExportContext {
  developer: string;
  accountId: string;
}

export type CsvValue = string | number | null | undefined;

/** `YYYY-MM-DD hh:mm:ss` (ref L68880), in the tenant's time zone: UTC until tenants have one (decision 1302). */
export function csvDate(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '';
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** CEC §13.2.2.1 CDR file columns 1–29, in order (ref L68891–68928). */
export function cdrCsvColumns(row: CdrRow, ctx: ExportContext): CsvValue[] {
  return [
    ctx.developer,
    ctx.accountId,
    ccfsCallCenterId,
    row.agentId,
    row.callId,
    row.callerNo,
    row.calleeNo,
    csvDate(row.waitBeginMs),
    csvDate(row.waitEndMs),
    csvDate(row.ackBeginMs),
    csvDate(row.ackEndMs),
    csvDate(row.callBeginMs),
    csvDate(row.callEndMs),
    row.deviceType,
    row.deviceNo,
    row.callType,
    row.releaseCause,
    row.callIdNum,
    String(row.vdnId),
    row.preDeviceType,
    row.preDeviceNo,
    row.skillId,
    row.currentSkillId,
    row.deviceIn,
    row.preDeviceIn,
    row.serviceNo,
    row.leaveReason,
    row.mediaType,
    row.subMediaType,
  ];
}

/** CEC §13.2.2.1 recording index columns 1–18, in order (ref L68865–68889). */
export function recordingCsvColumns(row: RecordingRow, ctx: ExportContext): CsvValue[] {
  const parts = parseCtiRecordingPath(row.fileName);
  return [
    ctx.developer,
    ctx.accountId,
    ccfsCallCenterId,
    row.agentId,
    row.callId,
    row.callerNumber,
    row.calleeNo,
    csvDate(row.beginMs),
    csvDate(row.endMs),
    parts ? ccfsRecordingName(parts) : '',
    // No speech-to-text runs on recordings: not requested, so no result (ref L68882–68883).
    '0',
    '',
    originalRecordingName(row.fileName),
    String(row.vdnId),
    row.callType,
    row.mediaType,
    row.userWantedSkillId,
    row.currentSkillId,
  ];
}

/** CEC §13.2.2.2 agent operation columns 1–21, in order (ref L68930–68959). */
export function operationCsvColumns(row: AgentOperationRow, ctx: ExportContext): CsvValue[] {
  return [
    row.id,
    ctx.developer,
    ctx.accountId,
    row.agentId,
    '',
    row.skillId,
    row.callId,
    csvDate(row.beginMs),
    csvDate(row.endMs),
    row.opType,
    row.opObject,
    row.opCause,
    row.mediaType,
    String(row.vdnId),
    ccfsCallCenterId,
    row.agentType,
    row.phoneNo,
    row.callInOut,
    '0',
    row.logonSn,
    row.skillInfoSn,
  ];
}

/** One CSV record of RFC 4180: comma-separated, CRLF-terminated, quoted only when it must be. */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

function csvField(value: CsvValue): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
