import { FieldReader } from './field-checks.ts';
import { reject, type IsalesRejection } from './isales-rejection.ts';
import { asList, parsePolicyJson } from './policy-json.ts';

/** A round of the round call policy (Table 7-35, ref L22397). */
export interface CallTurn {
  orderNo: number;
  turnType?: string;
  turnOrder?: number;
}

/** Table 7-34 (ref L22387): 0 by sequence (default), 1 by round (by category 0 or number order 1). */
export interface CallPolicy {
  callPolicyId: string;
  callType: 0 | 1;
  chooseType?: 0 | 1;
  turns: CallTurn[];
}

/** The V2 callPolicy object; a round policy needs the number-type retry policy (ref L22197). */
export function parseCallPolicy(input: Record<string, unknown>, callPolicyId: string, retryPolicyType: number | undefined): CallPolicy | IsalesRejection {
  const r = new FieldReader(input, 'callPolicy.');
  const callType = (r.int('callType', { min: 0, max: 1 }) ?? 0) as 0 | 1;
  const chooseType = r.int('chooseType', { min: 0, max: 1, required: callType === 1 }) as 0 | 1 | undefined;
  if (r.rejection) return r.rejection;
  if (callType === 1 && retryPolicyType !== 1) return reject('invalidCombination', 'a round call policy (callType 1) requires retryPolicy.policyType 1');
  const turns: CallTurn[] = [];
  const list = input.turns === undefined || input.turns === null ? [] : asList(parsePolicyJson(input.turns));
  if (!list) return reject('wrongType', 'callPolicy.turns must be a list');
  for (const [i, item] of list.entries()) {
    if (typeof item !== 'object' || item === null) return reject('wrongType', 'callPolicy.turns entries must be objects');
    const t = new FieldReader(item as Record<string, unknown>, 'callPolicy.turns.');
    const turnType = t.text('turnType', { max: 20, required: callType === 1 && chooseType === 0 });
    const turnOrder = t.int('turnOrder', { min: 1, max: 10, required: callType === 1 && chooseType === 1 });
    if (t.rejection) return t.rejection;
    turns.push({ orderNo: i + 1, ...(turnType !== undefined ? { turnType } : {}), ...(turnOrder !== undefined ? { turnOrder } : {}) });
  }
  if (callType === 1 && turns.length === 0) return reject('empty', 'callPolicy.turns is mandatory for a round call policy');
  return { callPolicyId, callType, ...(chooseType !== undefined ? { chooseType } : {}), turns };
}

/** The detail form (7.1.6 Table 7-95/7-96): turns as a JSON string. */
export function callPolicyView(policy: CallPolicy): Record<string, unknown> {
  return { callPolicyId: policy.callPolicyId, callType: policy.callType, chooseType: policy.chooseType ?? null, turns: JSON.stringify(policy.turns) };
}
