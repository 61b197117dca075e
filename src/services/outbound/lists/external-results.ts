import type { Repositories } from '../../../store/index.ts';

/**
 * The external result code (7.9) a failed or successful attempt's `failCode` maps to in the VDN,
 * for the `resultCode` of result rows (7.5.1) and `noRetryPolicy`; undefined when no external
 * result holds the code (the caller applies its default, note 04 §4.13).
 */
export function externalResultCodeFor(repos: Repositories, vdnId: number, failCode: string): Promise<string | undefined> {
  return repos.isalesExternalResults.resultCodeFor(vdnId, normaliseFailCode(failCode));
}

/** failCodes are 5-digit zero-padded ("0" in some examples means "00000", note 04 §8.4 #35). */
export function normaliseFailCode(failCode: string): string {
  return /^\d{1,5}$/.test(failCode) ? failCode.padStart(5, '0') : failCode;
}
