import { FieldReader } from './field-checks.ts';
import { reject, type IsalesRejection } from './isales-rejection.ts';
import { parseIsalesDateTime } from './isales-time.ts';
import type { CampaignApiVersion } from './campaign-input.ts';

/** CEC §7.4.1 (ref L26233–26234): 20 records per request, 200,000 incomplete records per campaign. */
export const callDataPerRequestMax = 20;
export const incompleteRecordsPerCampaignMax = 200_000;

/** One number of a record (V2 Table 7-226, ref L26457): the list order is the "number sequence". */
export interface CalledNumber {
  calledNo: string;
  delayTime: number;
  type: string | null;
}

export interface CallDataInput {
  sessionId: string | null;
  numbers: CalledNumber[];
  caller: string | null;
  customField: string | null;
  recycleTime: string | null;
  recycleAtMs: number | null;
  callData: string | null;
}

const numberPattern = /^[0-9*#]+$/;
// Table 7-218 (ref L26255): customField excludes `~!@#%&*()+={}";<>/?.\[]¥-, and the space.
const customFieldForbidden = /[`~!@#%&*()+= {}";<>/?.\\[\]¥\-,]/;

function numbersOf(record: Record<string, unknown>, version: CampaignApiVersion, typeRequired: boolean): CalledNumber[] | IsalesRejection {
  if (version === 'v1') {
    const r = new FieldReader(record, 'callDataList.');
    const called = r.text('called', { max: 24, required: true, pattern: numberPattern });
    return r.rejection ?? [{ calledNo: called!, delayTime: 0, type: null }];
  }
  const list = record.called;
  if (list === undefined || list === null || (Array.isArray(list) && list.length === 0)) return reject('empty', 'callDataList.called is mandatory');
  if (!Array.isArray(list)) return reject('wrongType', 'callDataList.called must be a list');
  const out: CalledNumber[] = [];
  for (const item of list) {
    if (typeof item !== 'object' || item === null) return reject('wrongType', 'callDataList.called entries must be objects');
    const r = new FieldReader(item as Record<string, unknown>, 'called.');
    const calledNo = r.text('calledNo', { max: 24, required: true, pattern: numberPattern });
    const delayTime = r.int('delayTime', { min: 0, max: 86_400 });
    // Table 7-226: type is mandatory when the retry policy matches number types or calls by round.
    const type = r.text('type', { max: 20, required: typeRequired, pattern: /^[A-Za-z0-9-]+$/ });
    if (r.rejection) return r.rejection;
    if (out.some((n) => n.calledNo === calledNo)) return reject('duplicateNumbers', `The number ${calledNo} is repeated.`);
    out.push({ calledNo: calledNo!, delayTime: delayTime ?? 0, type: type ?? null });
  }
  return out;
}

function recordOf(record: Record<string, unknown>, version: CampaignApiVersion, typeRequired: boolean): CallDataInput | IsalesRejection {
  const r = new FieldReader(record, 'callDataList.');
  const sessionId = r.text('sessionId', { max: 32 });
  const caller = r.text('caller', { max: 24, pattern: numberPattern });
  const customField = r.text('customField', { max: 200, forbidden: customFieldForbidden });
  const recycleTime = r.text('recycleTime', { max: 20 });
  const callData = r.text('callData', { max: 1024 });
  if (r.rejection) return r.rejection;
  const numbers = numbersOf(record, version, typeRequired);
  if ('rejected' in numbers) return numbers;
  let recycleAtMs: number | null = null;
  if (recycleTime) {
    const parsed = parseIsalesDateTime(recycleTime);
    // CEC §7.4.1 (ref L26329): 0200030 "The time format is incorrect."
    if (parsed === undefined) return reject('timeFormat', 'The time format is incorrect. Use yyyy-MM-dd HH:mm:ss.');
    recycleAtMs = parsed;
  }
  return { sessionId: sessionId ?? null, numbers, caller: caller ?? null, customField: customField ?? null, recycleTime: recycleTime ?? null, recycleAtMs, callData: callData ?? null };
}

/**
 * The callDataList of 7.4.1/7.4.2: 1–20 records (0200029 beyond), each valid, and no called number
 * twice in one request (V1, ref L26235) or under one sessionId (V2, ref L26400) → 0200018.
 */
export function parseCallDataList(body: Record<string, unknown>, version: CampaignApiVersion, typeRequired: boolean): CallDataInput[] | IsalesRejection {
  const list = body.callDataList;
  if (list === undefined || list === null || (Array.isArray(list) && list.length === 0)) return reject('empty', 'callDataList is mandatory');
  if (!Array.isArray(list)) return reject('wrongType', 'callDataList must be a list');
  if (list.length > callDataPerRequestMax) return reject('tooManyNumbersInRequest', `A maximum of ${callDataPerRequestMax} data records can be added at a time.`);
  const records: CallDataInput[] = [];
  const seen = new Set<string>();
  for (const item of list) {
    if (typeof item !== 'object' || item === null) return reject('wrongType', 'callDataList entries must be objects');
    const record = recordOf(item as Record<string, unknown>, version, typeRequired);
    if ('rejected' in record) return record;
    for (const n of record.numbers) {
      const key = version === 'v1' ? n.calledNo : `${record.sessionId ?? ''}\u0000${n.calledNo}`;
      if (seen.has(key)) return reject('duplicateNumbers', `The number ${n.calledNo} is repeated.`);
      seen.add(key);
    }
    records.push(record);
  }
  return records;
}
