import { FieldReader } from './field-checks.ts';
import { reject, type IsalesRejection } from './isales-rejection.ts';
import { asList, parsePolicyJson } from './policy-json.ts';

/** One entry of a result policy (Table 7-32, ref L22374): result type 0–9. */
export interface ResultRetry {
  result: number;
  retryNumber: number;
  callInterval: number;
}

/** One entry of a number-type policy (Table 7-31): `type` 0 common, 1 by result. */
export interface NumberTypeRetry {
  dataType: string;
  type: 0 | 1;
  retryDay?: number;
  retryTimes?: number;
  callInterval?: number;
  results?: ResultRetry[];
}

/** Table 7-33 (ref L22384): 0 stop, 1 call the next number, 2 call the current number again. */
export interface BusiRetry {
  busiResultCode: string;
  busiResultSubCode?: string;
  busiResultPolicy: 0 | 1 | 2;
  callInterval?: number;
}

/**
 * A campaign's retry policy (Tables 7-29…7-33), normalised to execute, with the JSON strings the
 * client sent kept to echo them back (note 04 §3.10).
 */
export interface RetryPolicy {
  retryPolicyId: string;
  policyType: 0 | 1;
  retryDay?: number;
  retryTimes?: number;
  callInterval?: number;
  resultRetry?: ResultRetry[];
  numberTypes?: NumberTypeRetry[];
  busiPolicy?: BusiRetry[];
  noRetryPolicy: string[];
  /** The strings as sent: resultRetry, policyJson, busiPolicy. */
  raw: { resultRetry?: string; policyJson?: string; busiPolicy?: string };
}

const typeName = /^[A-Za-z0-9-]{1,20}$/;

function resultEntries(value: unknown, where: string): ResultRetry[] | IsalesRejection {
  const list = asList(value);
  if (!list) return reject('wrongType', `${where} must be a JSON list`);
  const out: ResultRetry[] = [];
  for (const item of list) {
    if (typeof item !== 'object' || item === null) return reject('wrongType', `${where} entries must be objects`);
    const r = new FieldReader(item as Record<string, unknown>, `${where}.`);
    // The result range is 1–9 in Table 7-32 and 0–9 in Table 7-70 (note 04 §8.4 #5): 0 ("others") is accepted.
    const result = r.int('result', { min: 0, max: 9, required: true });
    const retryNumber = r.int('retryNumber', { min: 0, max: 9, required: true });
    const callInterval = r.int('callInterval', { min: 1, max: 86_400, required: true });
    if (r.rejection) return r.rejection;
    out.push({ result: result!, retryNumber: retryNumber!, callInterval: callInterval! });
  }
  return out;
}

function numberTypeEntries(value: unknown): NumberTypeRetry[] | IsalesRejection {
  const list = asList(value);
  if (!list) return reject('wrongType', 'policyJson must be a JSON list');
  const out: NumberTypeRetry[] = [];
  for (const item of list) {
    if (typeof item !== 'object' || item === null) return reject('wrongType', 'policyJson entries must be objects');
    const record = item as Record<string, unknown>;
    const r = new FieldReader(record, 'policyJson.');
    const dataType = r.text('dataType', { max: 20, required: true, pattern: typeName });
    const type = r.int('type', { min: 0, max: 1, required: true }) as 0 | 1 | undefined;
    if (r.rejection) return r.rejection;
    const policy = parsePolicyJson(record.policy);
    if (type === 1) {
      const results = resultEntries(policy, 'policyJson.policy');
      if ('rejected' in results) return results;
      out.push({ dataType: dataType!, type, results });
      continue;
    }
    // A common entry carries retryDay/retryTimes in `policy` (ref L24120) or beside it (ref L24282).
    const common = new FieldReader(typeof policy === 'object' && policy !== null && !Array.isArray(policy) ? { ...record, ...(policy as object) } : record, 'policyJson.');
    const retryDay = common.int('retryDay', { min: 1, max: 5, required: true });
    const retryTimes = common.int('retryTimes', { min: 1, max: 6, required: true });
    const callInterval = common.int('callInterval', { min: 1, max: 86_400 });
    if (common.rejection) return common.rejection;
    out.push({ dataType: dataType!, type: 0, retryDay, retryTimes, ...(callInterval !== undefined ? { callInterval } : {}) });
  }
  return out;
}

function busiEntries(value: unknown): BusiRetry[] | IsalesRejection {
  const list = asList(value);
  if (!list) return reject('wrongType', 'busiPolicy must be a JSON list');
  const out: BusiRetry[] = [];
  for (const item of list) {
    if (typeof item !== 'object' || item === null) return reject('wrongType', 'busiPolicy entries must be objects');
    const r = new FieldReader(item as Record<string, unknown>, 'busiPolicy.');
    const busiResultCode = r.text('busiResultCode', { max: 50, required: true });
    const busiResultSubCode = r.text('busiResultSubCode', { max: 50 });
    const busiResultPolicy = r.int('busiResultPolicy', { min: 0, max: 2, required: true }) as 0 | 1 | 2 | undefined;
    // Table 7-33: the interval is required unless the policy stops.
    const callInterval = r.int('callInterval', { min: 1, max: 3600, required: busiResultPolicy !== 0 });
    if (r.rejection) return r.rejection;
    out.push({ busiResultCode: busiResultCode!, ...(busiResultSubCode ? { busiResultSubCode } : {}), busiResultPolicy: busiResultPolicy!, ...(callInterval !== undefined ? { callInterval } : {}) });
  }
  return out;
}

function rawText(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function noRetryList(value: unknown): string[] | IsalesRejection {
  if (value === undefined || value === null || value === '') return [];
  const list = Array.isArray(value) ? value : String(value).split(',');
  return list.map((v) => String(v).trim()).filter((v) => v !== '');
}

/** The V2 campaign's retryPolicy object (7.1.2 Table 7-29, ref L22324). */
export function parseRetryPolicy(input: Record<string, unknown>, retryPolicyId: string): RetryPolicy | IsalesRejection {
  const r = new FieldReader(input, 'retryPolicy.');
  const policyType = r.int('policyType', { min: 0, max: 1, required: true }) as 0 | 1 | undefined;
  if (r.rejection) return r.rejection;
  const noRetryPolicy = noRetryList(input.noRetryPolicy);
  if ('rejected' in noRetryPolicy) return noRetryPolicy;
  // Table 7-29: noRetryPolicy "cannot be set when policyType is set to 1".
  if (policyType === 1 && noRetryPolicy.length > 0) return reject('invalidCombination', 'noRetryPolicy cannot be set when policyType is 1');
  const raw = { resultRetry: rawText(input.resultRetry), policyJson: rawText(input.policyJson), busiPolicy: rawText(input.busiPolicy) };
  const policy: RetryPolicy = { retryPolicyId, policyType: policyType!, noRetryPolicy, raw };
  if (raw.busiPolicy) {
    const busi = busiEntries(parsePolicyJson(raw.busiPolicy));
    if ('rejected' in busi) return busi;
    policy.busiPolicy = busi;
  }
  if (policyType === 1) {
    if (!raw.policyJson) return reject('empty', 'retryPolicy.policyJson is mandatory when policyType is 1');
    const entries = numberTypeEntries(parsePolicyJson(raw.policyJson));
    if ('rejected' in entries) return entries;
    policy.numberTypes = entries;
    return policy;
  }
  if (raw.resultRetry) {
    const entries = resultEntries(parsePolicyJson(raw.resultRetry), 'retryPolicy.resultRetry');
    if ('rejected' in entries) return entries;
    policy.resultRetry = entries;
    return policy;
  }
  const common = new FieldReader(input, 'retryPolicy.');
  policy.retryDay = common.int('retryDay', { min: 1, max: 5, required: true });
  policy.retryTimes = common.int('retryTimes', { min: 1, max: 6, required: true });
  policy.callInterval = common.int('callInterval', { min: 1, max: 86_400, required: true });
  return common.rejection ?? policy;
}

/**
 * The V1 setting (7.1.10 Tables 7-116…7-118, ref L24104): `policyJson` is one object (or list) with
 * `type` 0 common (`retryTimes`, `retryDay`) or 1 by result (`policy`), and with policyType 1 a
 * `dataType`. It maps onto the same model as the V2 object.
 */
export function parseV1RetryPolicy(input: { policyType: number; policyJson: unknown; noRetryPolicy?: unknown }, retryPolicyId: string): RetryPolicy | IsalesRejection {
  const parsed = parsePolicyJson(input.policyJson);
  const entries = asList(parsed);
  if (!entries || entries.length === 0) return reject('wrongType', 'policyJson must be a JSON object');
  const raw = { policyJson: rawText(input.policyJson) };
  const first = entries[0] as Record<string, unknown>;
  const noRetry = noRetryList(input.noRetryPolicy ?? first.noRetryPolicy);
  if ('rejected' in noRetry) return noRetry;
  if (input.policyType === 1) {
    if (noRetry.length > 0) return reject('invalidCombination', 'noRetryPolicy cannot be set when policyType is 1');
    const numberTypes = numberTypeEntries(entries);
    if ('rejected' in numberTypes) return numberTypes;
    return { retryPolicyId, policyType: 1, numberTypes, noRetryPolicy: [], raw };
  }
  const r = new FieldReader(first, 'policyJson.');
  const type = r.int('type', { min: 0, max: 1, required: true });
  if (r.rejection) return r.rejection;
  if (type === 1) {
    const resultRetry = resultEntries(parsePolicyJson(first.policy), 'policyJson.policy');
    if ('rejected' in resultRetry) return resultRetry;
    return { retryPolicyId, policyType: 0, resultRetry, noRetryPolicy: noRetry, raw };
  }
  const retryDay = r.int('retryDay', { min: 1, max: 5, required: true });
  const retryTimes = r.int('retryTimes', { min: 1, max: 6, required: true });
  const callInterval = r.int('callInterval', { min: 1, max: 86_400 });
  if (r.rejection) return r.rejection;
  return { retryPolicyId, policyType: 0, retryDay, retryTimes, ...(callInterval !== undefined ? { callInterval } : {}), noRetryPolicy: noRetry, raw };
}

/** The query form (7.1.11 Table 7-122, ref L24276): policyJson and busiPolicy as JSON strings. */
export function retryPolicyView(policy: RetryPolicy): Record<string, unknown> {
  const policyJson = policy.raw.policyJson ?? policy.raw.resultRetry ?? JSON.stringify(policy.policyType === 1 ? policy.numberTypes ?? [] : [commonEntry(policy)]);
  return {
    retryPolicyId: policy.retryPolicyId,
    policyType: policy.policyType,
    policyJson,
    noRetryPolicy: policy.noRetryPolicy.join(','),
    busiPolicy: policy.raw.busiPolicy ?? '',
  };
}

function commonEntry(policy: RetryPolicy): Record<string, unknown> {
  if (policy.resultRetry) return { type: 1, policy: policy.resultRetry };
  return { type: 0, retryTimes: policy.retryTimes, retryDay: policy.retryDay, ...(policy.callInterval ? { callInterval: policy.callInterval } : {}), policy: [] };
}

/** The detail form inside 7.1.6 (Table 7-90): the V2 object's fields. */
export function retryPolicyDetail(policy: RetryPolicy): Record<string, unknown> {
  return {
    retryPolicyId: policy.retryPolicyId,
    policyType: policy.policyType,
    retryDay: policy.retryDay ?? null,
    retryTimes: policy.retryTimes ?? null,
    callInterval: policy.callInterval ?? null,
    resultRetry: policy.raw.resultRetry ?? (policy.resultRetry ? JSON.stringify(policy.resultRetry) : null),
    policyJson: policy.raw.policyJson ?? (policy.numberTypes ? JSON.stringify(policy.numberTypes) : null),
    busiPolicy: policy.raw.busiPolicy ?? null,
    noRetryPolicy: policy.noRetryPolicy.join(','),
  };
}
