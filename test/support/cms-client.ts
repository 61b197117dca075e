import { authorizationHeader } from '../../src/auth/signature-v2.ts';
import type { TestApp, TestResponse } from './test-app.ts';

/** The demo tenant's AK/SK and the server's default global AK/SK (decision 0801). */
export const demoKey = { accessKey: 'demo-ak', secretKey: 'demo-sk' } as const;
export const globalKey = { accessKey: 'global-ak', secretKey: 'global-sk' } as const;

export interface AkSk {
  accessKey: string;
  secretKey: string;
}

/** Headers of a C2 (`auth-v2`, §4.3) request signed now on the app's clock. */
export function signedHeaders(app: TestApp, method: string, url: string, body: string, key: AkSk = demoKey): Record<string, string> {
  const headers = { host: 'localhost:80', 'content-type': 'application/json;charset=UTF-8', 'content-length': String(Buffer.byteLength(body)) };
  const [path, query = ''] = url.split('?');
  const authorization = authorizationHeader(
    { method, path: path!, query: query ? query.split('&').map((kv) => kv.split('=') as [string, string]) : [], headers, body },
    { ...key, timestamp: new Date(app.clock.now()).toISOString(), signedHeaders: ['content-length', 'content-type', 'host'] },
  );
  return { ...headers, authorization };
}

/** A C2-signed CC-CMS request (POST with a JSON body unless `method` says otherwise). */
export function cmsRequest(app: TestApp, url: string, body: unknown = {}, options: { key?: AkSk; method?: 'GET' | 'POST' } = {}): Promise<TestResponse> {
  const method = options.method ?? 'POST';
  const raw = method === 'GET' ? '' : JSON.stringify(body);
  return app.request({ method, url, rawBody: raw, headers: signedHeaders(app, method, url, raw, options.key) });
}
