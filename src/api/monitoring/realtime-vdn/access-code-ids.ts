import type { Repositories } from '../../../store/index.ts';

/** An access code of the VDN with the integer ID the CC-CMS interfaces give it (`acId`, `innoId`). */
export interface NumberedAccessCode {
  acId: number;
  accessCode: string;
  mediaTypeId: number;
  description: string;
}

/**
 * The VDN's access codes numbered 1, 2, 3... in the order they were configured (decision 0803).
 * The store keys access codes by 19-digit snowflake IDs, which a JSON Integer cannot carry
 * exactly; the configuration order is stable because access codes are only ever added (5.3.1).
 */
export async function numberedAccessCodes(repos: Repositories, vdnId: number): Promise<NumberedAccessCode[]> {
  const rows = await repos.numbers.listAccessCodesOfVdn(vdnId);
  const byAge = [...rows].sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : BigInt(a.id) > BigInt(b.id) ? 1 : 0));
  return byAge.map((row, i) => ({ acId: i + 1, accessCode: row.accessCode, mediaTypeId: row.mediaTypeId, description: row.description ?? '' }));
}
