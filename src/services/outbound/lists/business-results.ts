import type { Repositories } from '../../../store/index.ts';

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
