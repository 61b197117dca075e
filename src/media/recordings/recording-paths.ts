/**
 * The names one recording goes by (decision 1301). The CTI names it by its original path
 * `Y:/{vdnId}/0/{yyyymmdd}/{agentId}/{HHmmss}{digit}.V3` (ref L20397, L65792); CC-FS by the
 * relative `file_name` of the recording index, `/{nodeId}/{ccId}/record/{vdnId}/{yyyymmdd}/{agentId}/{name}.wav`
 * (13.2.1.4, ref L67625); we store it once under the key `record/{vdnId}/{dir}/{yyyymmdd}/{agentId}/{name}.wav`
 * with its transcript beside it (`….json`).
 */
export interface RecordingPathParts {
  vdnId: number;
  /** The second CTI segment: 0 inbound, 1 outbound (error 0300012, ref L68980). */
  direction: string;
  /** yyyymmdd, or '' when the name leaves the date out (the index example, ref L68881). */
  date: string;
  agentId: string;
  stem: string;
}

/** CC-FS node and call center ids in file names: one node, call center 1 (recordID `Yc1v…`, ref L20396). */
export const ccfsNodeId = '1';
export const ccfsCallCenterId = '1';

const ctiPattern = /^[A-Za-z]:[\\/]+(\d{1,9})[\\/]+(\d)[\\/]+(\d{8})[\\/]+(\d{1,10})[\\/]+([A-Za-z0-9_-]{1,64})\.(?:v3|wav)$/i;

/** Parses a CTI path in either slash direction (13.2.1.8 asks for `\` → `/`, ref L68139; examples use both). */
export function parseCtiRecordingPath(name: string): RecordingPathParts | undefined {
  const m = ctiPattern.exec(name.trim());
  if (!m) return undefined;
  return { vdnId: Number(m[1]), direction: m[2]!, date: m[3]!, agentId: m[4]!, stem: m[5]! };
}

/**
 * Parses a CC-FS relative name. The reference prints three shapes (note 06 §8.4 item 48): the
 * table's `/{node}/{cc}/record/{vdn}/{date}/{agent}/{name}.wav`, the index example without the date,
 * and the error table's `/{node}/{cc}/record/{appId}/{accountId}/{date}/{agent}/{name}.{ext}`. We
 * emit the first and accept all three.
 */
export function parseCcfsRecordingPath(name: string): RecordingPathParts | undefined {
  const segments = name.split('/');
  if (segments[0] !== '' || segments[3] !== 'record' || segments.length < 7 || segments.length > 9) return undefined;
  const file = /^([A-Za-z0-9_-]{1,64})\.(?:wav|v3)$/i.exec(segments[segments.length - 1]!);
  if (!file) return undefined;
  const agentId = segments[segments.length - 2]!;
  const maybeDate = segments[segments.length - 3]!;
  const date = /^\d{8}$/.test(maybeDate) && segments.length >= 8 ? maybeDate : '';
  const vdnText = segments.length === 9 ? segments[5]! : segments[4]!;
  if (!/^\d{1,9}$/.test(vdnText) || !/^\d{1,10}$/.test(agentId)) return undefined;
  return { vdnId: Number(vdnText), direction: '0', date, agentId, stem: file[1]! };
}

/** The relative `file_name` of the recording index for a CTI path. */
export function ccfsRecordingName(parts: RecordingPathParts): string {
  return `/${ccfsNodeId}/${ccfsCallCenterId}/record/${parts.vdnId}/${parts.date}/${parts.agentId}/${parts.stem}.wav`;
}

/** The store key of a recording's audio, and of its transcript with `extension: 'json'`. */
export function recordingStoreKey(parts: RecordingPathParts, extension: 'wav' | 'json' = 'wav'): string {
  return `record/${parts.vdnId}/${parts.direction}/${parts.date}/${parts.agentId}/${parts.stem}.${extension}`;
}

/** The original file name of the recording index, with the backslashes of the reference's example (ref L68884). */
export function originalRecordingName(ctiFileName: string): string {
  return ctiFileName.replaceAll('/', '\\');
}

/** The CTI path the recording index stores for these parts (drive Y, forward slashes; ref L20397). */
export function ctiRecordingName(parts: RecordingPathParts): string {
  return `Y:/${parts.vdnId}/${parts.direction}/${parts.date}/${parts.agentId}/${parts.stem}.V3`;
}
