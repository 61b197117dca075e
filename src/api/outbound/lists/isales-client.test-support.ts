import { signedHeaders, demoKey, type AkSk } from '../../../../test/support/cms-client.ts';
import type { TestApp, TestResponse } from '../../../../test/support/test-app.ts';

/** The demo tenant is VDN 1; the "video" tenant of tenant-fixture is VDN 2. */
export const isalesV1 = (vdnId = 1) => `/rest/isales/v1/openapi/campaigns/${vdnId}`;
export const videoKey: AkSk = { accessKey: 'video-ak', secretKey: 'video-sk' };

/** A C2-signed CC-iSales request (any method; a body only when given). */
export function isales(app: TestApp, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, key: AkSk = demoKey): Promise<TestResponse> {
  const raw = body === undefined ? '' : JSON.stringify(body);
  return app.request({ method, url, rawBody: raw, headers: signedHeaders(app, method, url, raw, key) });
}

/** The success envelope of the iSales family (both code pairs, note 04 §3.3). */
export function ok(resultDesc = ''): Record<string, string> {
  return { resultCode: '0200000', resultDesc, returnCode: '0200000', returnDesc: resultDesc };
}

/** A failure envelope with `code`. */
export function failed(code: string): Record<string, string> {
  return { resultCode: code, returnCode: code };
}
