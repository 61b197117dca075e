import { duplicatesOf, fail } from '../../../domain/outbound/lists/isales-fields.ts';
import type { Repositories } from '../../../store/index.ts';
import { shortListId } from './list-ids.ts';

/** What 7.7.1 (business result write-back) needs to know about a result and its substatus. */
export type BusinessResultCheck = 'ok' | 'unknownResult' | 'subStatusMismatch';

/**
 * Checks a written-back business result against the VDN's definitions (7.1.12): `busiResult` must
 * be a defined parent code, and `subStatus`, when given, one of its children (0200034, ref L28316).
 */
export async function checkBusinessResult(repos: Repositories, vdnId: number, busiResult: string, subStatus?: string): Promise<BusinessResultCheck> {
  const parent = await repos.isalesDefinitions.businessResult(vdnId, busiResult);
  if (!parent || parent.parentCode !== null) return 'unknownResult';
  if (subStatus === undefined || subStatus === '') return 'ok';
  const child = await repos.isalesDefinitions.businessResult(vdnId, subStatus);
  return child && child.parentCode === busiResult ? 'ok' : 'subStatusMismatch';
}

export interface BusinessResultInput {
  name: string;
  code: string | undefined;
  description: string;
  children: ReadonlyArray<{ name: string; code: string | undefined; description: string }>;
}

/**
 * CEC §7.1.12 (ref L24288): defines a business result and its children (one level). A code left
 * out is generated; codes are unique in the VDN, children's too, since a write-back names a
 * substatus by its code alone (decision 0730).
 */
export async function addBusinessResult(repos: Repositories, vdnId: number, input: BusinessResultInput): Promise<void> {
  const parentCode = input.code ?? (await shortListId(repos, 'isalesBusiCode'));
  const children = await Promise.all(input.children.map(async (c) => ({ ...c, code: c.code ?? (await shortListId(repos, 'isalesBusiCode')) })));
  const codes = [parentCode, ...children.map((c) => c.code)];
  const twice = duplicatesOf(codes);
  if (twice.length > 0) fail('invalidValue', `Duplicate business result codes: ${twice.join(',')}`);
  const taken = await repos.isalesDefinitions.businessResultCodesIn(vdnId, codes);
  if (taken.length > 0) fail('invalidValue', `The business result code already exists: ${taken.join(',')}`);
  const seq = await repos.isalesDefinitions.nextBusinessResultSeq(vdnId);
  await repos.isalesDefinitions.insertBusinessResults([
    { vdnId, code: parentCode, name: input.name, description: input.description, parentCode: null, seq },
    ...children.map((c, i) => ({ vdnId, code: c.code, name: c.name, description: c.description, parentCode, seq: seq + 1 + i })),
  ]);
}

/** CEC §7.1.13 (ref L24422): a page of parents, each with its children, `defLevel` "1"/"2". */
export async function businessResultPage(repos: Repositories, vdnId: number, offset: number, limit: number): Promise<{ data: unknown[]; totalCount: number }> {
  const parents = await repos.isalesDefinitions.parentsPage(vdnId, offset, limit);
  const children = await repos.isalesDefinitions.childrenOf(vdnId, parents.map((p) => p.code));
  const data = parents.map((p) => ({
    code: p.code,
    children: children.filter((c) => c.parentCode === p.code).map((c) => ({ code: c.code, name: c.name, defLevel: '2' })),
    name: p.name,
    defLevel: '1',
  }));
  return { data, totalCount: await repos.isalesDefinitions.countParents(vdnId) };
}
