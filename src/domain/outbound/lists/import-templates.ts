import { parseIsalesDateTime } from '../campaign/index.ts';
import { dialNumber, fail, optionalInteger, optionalText } from './isales-fields.ts';

/**
 * The column layouts of the import files (7.3.5 Table 7-202, 7.4.8 Table 7-257). Headers are
 * matched without case, spaces and the "(Mandatory)"/"(Optional)" labels, and the interface's own
 * field names are accepted as headers too; a cell holding only "-" is empty, as the templates'
 * sample rows show (decision 0733).
 */
export type TemplateRow = Readonly<Record<string, string>>;

function headerKey(header: string): string {
  return header.toLowerCase().replace(/\((mandatory|optional)\)/g, '').replace(/[^a-z0-9]/g, '');
}

const blacklistColumns: Record<string, string> = {
  blacklistednumber: 'blockNum',
  blocknum: 'blockNum',
  blocklist: 'blockNum',
  expirationtime: 'validityExpirationTime',
  validityexpirationtime: 'validityExpirationTime',
  validityperiodhour: 'validityTime',
  validitytime: 'validityTime',
  maximumnumberofcalls: 'restrictTimes',
  restricttimes: 'restrictTimes',
  restrictionperiod: 'restrictPeriod',
  restrictperiod: 'restrictPeriod',
};

const callDataColumns: Record<string, string> = {
  sessionid: 'sessionId',
  called: 'called',
  caller: 'caller',
  calldata: 'callData',
  customfield: 'customField',
  recycletime: 'recycleTime',
};

export type TemplateKind = 'blacklist' | 'calldata';

/** The field each header names, or undefined for a column the template does not have. */
export function templateField(kind: TemplateKind, header: string): string | undefined {
  return (kind === 'blacklist' ? blacklistColumns : callDataColumns)[headerKey(header)];
}

/** The template's mandatory column, which a file must have (else the task fails: wrong template). */
export function mandatoryColumn(kind: TemplateKind): string {
  return kind === 'blacklist' ? 'blockNum' : 'called';
}

/** A row keyed by field, with "-" and blank cells dropped. */
export function templateValues(kind: TemplateKind, headers: readonly string[], cells: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((header, i) => {
    const field = templateField(kind, header);
    const cell = (cells[i] ?? '').trim();
    if (field && cell !== '' && cell !== '-') out[field] = cell;
  });
  return out;
}

/** One record of a call-data file, checked as Table 7-258/7-259 describe it. */
export interface ImportedCallData {
  readonly sessionId?: string;
  readonly called: ReadonlyArray<{ readonly calledNo: string; readonly delayTime: string; readonly type?: string }>;
  readonly caller?: string;
  readonly callData?: string;
  readonly customField?: string;
  readonly recycleTime?: string;
}

/** CEC §7.4 (note 04 §4.10): characters customField may not hold. */
const customFieldForbidden = /[`~!@#%&*()+={}";<>/?.\\[\]¥\-,]/;

export function callDataRecord(row: TemplateRow): ImportedCallData {
  // Checked in the template's column order, so a row reports its first bad column.
  const sessionId = optionalText('sessionId', row.sessionId, { max: 32 });
  const called = calledList(row.called);
  const fields: Array<[string, string | undefined]> = [
    ['sessionId', sessionId],
    ['caller', optionalText('caller', row.caller, { max: 24, pattern: /^[0-9*#]+$/ })],
    ['callData', optionalText('callData', row.callData, { max: 1024 })],
    ['customField', optionalText('customField', row.customField, { max: 200, forbidden: customFieldForbidden })],
    ['recycleTime', recycleTimeOf(row.recycleTime)],
  ];
  const record: Record<string, unknown> = { called };
  for (const [name, value] of fields) if (value !== undefined) record[name] = value;
  return record as unknown as ImportedCallData;
}

function recycleTimeOf(cell: string | undefined): string | undefined {
  const text = optionalText('recycleTime', cell, { max: 19 });
  if (text !== undefined && parseIsalesDateTime(text) === undefined) fail('timeFormat', 'recycleTime must be yyyy-MM-dd HH:mm:ss');
  return text;
}

/**
 * The `called` cell: a JSON array of {calledNo, delayTime 0–7200, type} (Table 7-259). The
 * template's own sample (`['calledNo':1234566}]`) is not JSON, so single quotes are read as double
 * quotes, a bare object is a one-element list and a bare number is one calledNo (lenient input).
 */
function calledList(cell: string | undefined): ImportedCallData['called'] {
  if (cell === undefined) fail('empty', 'called is empty');
  const parsed = parseLenientJson(cell);
  const items = Array.isArray(parsed) ? parsed : parsed !== undefined && typeof parsed === 'object' ? [parsed] : /^[0-9*#]+$/.test(cell) ? [{ calledNo: cell }] : fail('conversionError', 'called must be a JSON array of {calledNo, delayTime, type}');
  if (items.length === 0) fail('empty', 'called is empty');
  return items.map((item, i) => {
    if (item === null || typeof item !== 'object') fail('conversionError', `called[${i}] must be an object`);
    const entry = item as Record<string, unknown>;
    const calledNo = dialNumber(`called[${i}].calledNo`, typeof entry.calledNo === 'number' ? String(entry.calledNo) : entry.calledNo);
    const delayTime = String(optionalInteger(`called[${i}].delayTime`, entry.delayTime, 0, 7200) ?? 0);
    const type = optionalText(`called[${i}].type`, entry.type, { max: 20, pattern: /^[A-Za-z0-9-]+$/ });
    return type === undefined ? { calledNo, delayTime } : { calledNo, delayTime, type };
  });
}

function parseLenientJson(text: string): unknown {
  for (const candidate of [text, text.replaceAll("'", '"')]) {
    try {
      return JSON.parse(candidate) as unknown;
    } catch {
      // Try the next reading.
    }
  }
  return undefined;
}
