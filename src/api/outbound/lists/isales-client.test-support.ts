import type { AkSk } from '../../../../test/support/cms-client.ts';
import type { Repositories } from '../../../store/index.ts';

/** The demo tenant is VDN 1; the "video" tenant of tenant-fixture is VDN 2. */
export const isalesV1 = (vdnId = 1) => `/rest/isales/v1/openapi/campaigns/${vdnId}`;
export const videoKey: AkSk = { accessKey: 'video-ak', secretKey: 'video-sk' };

export { isales } from '../isales-client.test-support.ts';

/** The success envelope of the iSales family (both code pairs, note 04 §3.3). */
export function ok(resultDesc = ''): Record<string, string> {
  return { resultCode: '0200000', resultDesc, returnCode: '0200000', returnDesc: resultDesc };
}

/** A failure envelope with `code`. */
export function failed(code: string): Record<string, string> {
  return { resultCode: code, returnCode: code };
}

let attemptSeq = 0;

/** A call the dialler started to `called` at `atMs` (the attempt row the campaigns write before dialling). */
export async function startedAttempt(repos: Repositories, vdnId: number, called: string, atMs: number): Promise<void> {
  attemptSeq += 1;
  await repos.isalesResults.insert({
    vdnId, campaignId: 1, dataId: `9${String(attemptSeq).padStart(19, '0')}`, attemptNo: 1, callId: null, called, phase: 'started',
    callStatus: null, failCode: null, resultCode: null, startedAtMs: atMs, ringAtMs: null, answerAtMs: null, releaseAtMs: null, agentId: null, recordPath: null, final: 0,
  });
}
