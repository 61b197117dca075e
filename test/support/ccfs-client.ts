import { demoKey, signedHeaders } from './cms-client.ts';
import type { TestApp } from './test-app.ts';

export interface CcfsResponse {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  raw: Buffer;
  body: any;
}

/**
 * A CC-FS client for tests: POSTs `body` to `path` (with an optional query) signed in the C2
 * `auth-v2` scheme with the demo tenant's AK/SK at the virtual clock's time; the JSON body is
 * parsed unless `raw` is asked for (downloads).
 */
export async function ccfsPost(app: TestApp, path: string, body: unknown, options: { raw?: boolean; query?: Record<string, string>; accessKey?: string; secretKey?: string; remoteAddress?: string } = {}): Promise<CcfsResponse> {
  const text = JSON.stringify(body);
  const query = Object.entries(options.query ?? {});
  const url = query.length === 0 ? path : `${path}?${query.map(([k, v]) => `${k}=${v}`).join('&')}`;
  const headers = signedHeaders(app, 'POST', url, text, { accessKey: options.accessKey ?? demoKey.accessKey, secretKey: options.secretKey ?? demoKey.secretKey });
  const res = await app.http.inject({ method: 'POST', url, headers, payload: text, ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}) });
  return { status: res.statusCode, headers: res.headers, raw: res.rawPayload, body: options.raw ? undefined : safeJson(res.body) };
}

export function safeJson(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The CC-FS request wrapper `{request: {version: "2.0"}, msgBody}`. */
export const ccfsMessage = (msgBody: unknown) => ({ request: { version: '2.0' }, msgBody });
